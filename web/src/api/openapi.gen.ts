// Generated from server/src/http/openapi.json by openapi-typescript — do not edit.
// Regenerate with `cd web && npm run gen:api`; src/api/openapi-gen.test.ts fails while it is stale.
// src/api/contract-checks.ts ties the hand-written API types to these schemas.

export interface paths {
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in
         * @description 401 auth.invalid_credentials (also for unknown tenants and resigned users); 429 rate_limited after repeated failures (Retry-After header, details.retryAfterSeconds).
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log out */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller, its tenant and permissions
         * @description 401 auth.required or auth.session_expired.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change own password
         * @description 422 auth.wrong_password when currentPassword is wrong; 400 validation.failed (newPassword too_short/too_long).
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all departments
         * @description Needs org.view.
         */
        get: operations["listDepartments"];
        put?: never;
        /**
         * Create a department
         * @description Needs org.create. An unknown parentId is 400 validation.failed (parentId invalid_value).
         */
        post: operations["createDepartment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a department
         * @description Needs org.view.
         */
        get: operations["getDepartment"];
        put?: never;
        post?: never;
        /**
         * Delete a department
         * @description Needs org.delete. 409 department.not_empty when it has sub-departments or users.
         */
        delete: operations["deleteDepartment"];
        options?: never;
        head?: never;
        /**
         * Change a department
         * @description Needs org.edit. 422 department.cycle when moved under itself or its sub-departments.
         */
        patch: operations["updateDepartment"];
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Needs org.view. Executives are listed only to callers with org.edit; protected fields may arrive masked.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a user
         * @description Needs org.create. 409 user.username_taken or user.mobile_taken.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user
         * @description Needs org.view. Users outside the caller's data scope are 404 not_found.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a user
         * @description Needs org.edit. 409 user.mobile_taken; 422 user.self_resign when marking oneself resigned. Setting status resigned ends the user's sessions.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/v1/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a user's password
         * @description Needs org.edit.
         */
        post: operations["resetUserPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all roles
         * @description Needs org.view.
         */
        get: operations["listRoles"];
        put?: never;
        /**
         * Create a role
         * @description Needs org.create. 409 role.name_taken.
         */
        post: operations["createRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a role
         * @description Needs org.view.
         */
        get: operations["getRole"];
        put?: never;
        post?: never;
        /**
         * Delete a role
         * @description Needs org.delete. 409 role.in_use (details.userCount); 422 role.builtin.
         */
        delete: operations["deleteRole"];
        options?: never;
        head?: never;
        /**
         * Change a role
         * @description Needs org.edit. 409 role.name_taken; 422 role.builtin when changing the administrator role's dataScope or permissions.
         */
        patch: operations["updateRole"];
        trace?: never;
    };
    "/api/v1/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The permission catalogue
         * @description Needs org.view.
         */
        get: operations["getPermissionCatalogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List audit log entries
         * @description Needs org.view and the data scope all. Edits carry details.changes [{field, before, after}] (one item per changed field, values as the API shows them); protected values (phone, mobile, email, wechat) in changes are masked for readers without field.view_protected. See docs/api-org.md "Audit log".
         */
        get: operations["listAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health check
         * @description 503 unavailable when the database does not answer.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Trivial liveness probe */
        get: operations["ping"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This OpenAPI document */
        get: operations["getOpenApi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List customers
         * @description Needs customer.view (pool.view with poolId or inPool). Without poolId/inPool: owned customers in the caller's data scope or on whose team the caller is; with them: pool customers. Phones may arrive masked (phoneMasked). total is returned only for narrow lists (mine, ownerId, poolId or inPool, without q; a pool list filtered on a custom field has none). Custom fields: cf.<key>=value (text contains; select, user, department equal; multi_select holds the option; number, money, date equal) and cf.<key>From / cf.<key>To (number, money, date, datetime; inclusive); an unknown, hidden, deleted or unfilterable key is validation.failed on cf.<key>, and a protected field (settings/field-protection) is issue protected for callers without field.view_protected (docs/api-custom-fields.md).
         */
        get: operations["listCustomers"];
        put?: never;
        /**
         * Create a customer
         * @description Needs customer.create. The owner is the caller, unless poolId puts it into a pool (one the caller may browse) or ownerId names an active user in the caller's data scope. Runs the duplicate check on name, credit code and phone numbers (its own and its contacts'): 409 customer.conflict. 409 pool.limit_reached when the owner already holds as many customers as the home pool allows.
         */
        post: operations["createCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create many customers
         * @description Needs customer.create. Bulk entry and import: up to 500 rows in one transaction, each created or refused on its own (a refused row is undone, the others are kept), with the same checks as POST /api/v1/customers; rows are checked in order, so a later row that duplicates an earlier one is refused. Row errors are in the answer, not the status.
         */
        post: operations["createCustomers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/check-conflict": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Duplicate check
         * @description Needs customer.view. Looks for customers of the whole tenant (deleted ones too) with the same normalised name, credit code or phone digits; never reveals the holder's name or phone.
         */
        post: operations["checkCustomerConflict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a customer
         * @description Visible to its owner, users whose data scope covers the owner, its team, members and admins of the pool holding it, and whole-company customer.view. Phones may arrive masked (phoneMasked).
         */
        get: operations["getCustomer"];
        put?: never;
        post?: never;
        /**
         * Delete a customer
         * @description Needs customer.delete, and the caller owns it, its owner is in the caller's data scope, or it is in a pool the caller administers. The customer goes to the recycle bin (soft delete).
         */
        delete: operations["deleteCustomer"];
        options?: never;
        head?: never;
        /**
         * Change a customer
         * @description Needs customer.edit and canEdit. Absent fields stay unchanged; null (or "") clears creditCode and phone, null clears lat/lng. Changing name, creditCode or phone runs the duplicate check: 409 customer.conflict. With fields the answer is the Customer after the edit with only id and those keys (no contacts, team or can* flags); a bad fields is refused before anything is written.
         */
        patch: operations["updateCustomer"];
        trace?: never;
    };
    "/api/v1/customers/{id}/owner-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ownership history of a customer
         * @description Same visibility as GET /api/v1/customers/{id}. At most the newest 500 entries.
         */
        get: operations["listCustomerOwnerHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reveal a customer's protected fields
         * @description Same visibility as GET /api/v1/customers/{id}. Answers the customer's phone and address, its protected custom fields (the ones the caller's role sees) and its contacts' mobile, phone, email and wechat in clear. When the caller sees the customer masked (not the owner, without field.view_protected; the tenant protects something, GET /api/v1/settings/field-protection) and the record holds a protected value, the reveal is recorded in the audit log (customer.reveal, object customer) and spends one of the caller's reveals of the tenant's local day (GET /api/v1/settings/reveal, dailyQuota, shared with contact and lead reveals); otherwise it spends none. A customer in a pool stays masked until claimed (409 customer.claim_first) unless the caller is an admin of its pool. An Idempotency-Key is ignored here: the clear values are never stored for a replay, so a repeat is a new reveal, audited and counted.
         */
        post: operations["revealCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a customer's contacts
         * @description Same visibility as GET /api/v1/customers/{id}. Numbers may arrive masked.
         */
        get: operations["listCustomerContacts"];
        put?: never;
        /**
         * Add a contact
         * @description Needs customer.edit and canEdit on the customer. The contact's numbers run the duplicate check against other customers.
         */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a contact
         * @description Needs customer.edit and canEdit on its customer.
         */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        /**
         * Change a contact
         * @description Needs customer.edit and canEdit on its customer. Absent fields stay unchanged; null (or "") clears mobile, phone, email, wechat and birthday.
         */
        patch: operations["updateContact"];
        trace?: never;
    };
    "/api/v1/customers/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim a pool customer
         * @description Needs pool.claim and membership of the pool holding it. The caller becomes the owner; the pool becomes its home pool and the reclaim clock restarts. Checks, in order: cooldown, daily claim limit, holding limit.
         */
        post: operations["claimCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give a pool customer to a member
         * @description Needs pool.assign, and the caller administers the pool holding it or has the whole-company data scope. The assignee must be an active member of that pool and under its holding limit; they are notified.
         */
        post: operations["assignCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return a customer to a pool
         * @description The owner, or a user whose data scope covers the owner and who has customer.transfer (canRelease). It goes to poolId, else its home pool, else the owner's default pool. The owner is notified when someone else releases it.
         */
        post: operations["releaseCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give an owned customer to another user
         * @description Needs customer.transfer, and the caller owns it or its owner is in the caller's data scope (canTransfer). The receiver gets a full reclaim period; with keepPreviousOwnerInTeam the previous owner stays on its team with read access. Both are notified.
         */
        post: operations["transferCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/lock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lock a customer
         * @description The owner, or a user whose data scope covers the owner and who has customer.edit (canLock). A locked customer is exempt from reclaim. Locking a locked customer changes nothing.
         */
        post: operations["lockCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unlock a customer
         * @description As lock (canLock). Unlocking restarts the reclaim clock. Unlocking an unlocked customer changes nothing.
         */
        post: operations["unlockCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List pools
         * @description Needs pool.view.
         */
        get: operations["listPools"];
        put?: never;
        /**
         * Create a pool
         * @description Needs pool.configure. rules (version 1, effective now) default to the product defaults.
         */
        post: operations["createPool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pools/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a pool
         * @description Needs pool.view.
         */
        get: operations["getPool"];
        put?: never;
        post?: never;
        /**
         * Delete a pool
         * @description Needs pool.configure. 409 pool.not_empty while customers are in it or have it as their home pool.
         */
        delete: operations["deletePool"];
        options?: never;
        head?: never;
        /**
         * Change a pool
         * @description Needs pool.configure or to administer this pool. Absent fields stay unchanged; members and admins, when given, replace the lists. Rules change through PUT /api/v1/pools/{id}/rules.
         */
        patch: operations["updatePool"];
        trace?: never;
    };
    "/api/v1/pools/{id}/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rule versions of a pool
         * @description Needs pool.view.
         */
        get: operations["listPoolRuleVersions"];
        /**
         * Add a rule version
         * @description Needs pool.configure or to administer this pool. The rules replace the whole rule set (absent fields take the defaults, not the previous version's values) from effectiveAt (default now); the sweep uses the version in effect at its instant. A rule switched on gives customers a fresh period from effectiveAt.
         */
        put: operations["setPoolRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reclaim/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a sweep would do
         * @description Needs pool.view, and pool.configure or to administer a pool (then only the pools the caller administers are previewed). A dry run of the sweep as of at, over every pool regardless of sweepHour; changes nothing.
         */
        get: operations["previewReclaim"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reclaim/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run the sweep now
         * @description Needs pool.configure. Sweeps every pool of the tenant as of at (default now), regardless of sweepHour: reclaims due customers, notifies their owners and sends due reminders. A second run at the same instant reclaims nothing. One sweep of a tenant runs at a time on all nodes together: while another runs (the daily one, or another run now), the answer is 503 unavailable.
         */
        post: operations["runReclaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/handover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Customers a leaving user holds
         * @description Needs org.edit. The user's owned customers, whoever may normally see them, most recently updated first. The items carry no reclaim countdown (reclaim is null) and their phones are not masked.
         */
        get: operations["previewHandover"];
        put?: never;
        /**
         * Hand a user's customers over
         * @description Needs org.edit. Moves every customer the user owns: mode user to toUserId, round_robin over toUserIds in turn, pool to poolId (else each customer's home pool). Receivers get a full reclaim period and a notification. One transaction: all or nothing.
         */
        post: operations["handoverCustomers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the caller's notifications
         * @description Only the caller's own notifications; no permission needed.
         */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Number of unread notifications */
        get: operations["countUnreadNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a notification read
         * @description Marking one already read keeps its readAt.
         */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark every notification read */
        post: operations["markAllNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload an attachment
         * @description Uploads one file (a photo, voice note or document) to attach to a follow-up with attachmentIds. No permission is needed; until it is attached only the uploader may download it. The type is decided from the bytes, not the declared Content-Type: JPEG, PNG, WebP and GIF images; audio (webm, ogg, mp4/m4a, mpeg, wav, amr); PDF; UTF-8 plain text (.txt, or a text/plain part) and CSV; Office documents (.doc, .xls, .ppt, .docx, .xlsx, .pptx, by extension and signature). At most 20 MiB. Identical bytes are stored once (by SHA-256) under the data directory.
         */
        post: operations["uploadAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an attachment
         * @description Only for the uploader, or for whoever may see the customer of the (not deleted) follow-up it is attached to.
         */
        get: operations["downloadAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a customer's follow-ups
         * @description Same visibility as GET /api/v1/customers/{id}: whoever may see the customer sees all its follow-ups, whoever wrote them.
         */
        get: operations["listFollowUps"];
        put?: never;
        /**
         * Write a follow-up
         * @description Needs followup.create and write access to the customer: its owner, a caller with the owner in their data scope, or a team member with access write (customers in a pool cannot be followed up). Sets the customer's lastFollowUpAt (restarting its no-follow-up reclaim clock) and, when given, nextFollowUpAt; attaches the attachments; adds a feed item; notifies the owner and the team, not the author (followup.created).
         */
        post: operations["createFollowUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follow-ups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a follow-up
         * @description Its author within 24 hours of writing it, or a caller with followup.delete, provided they may see its customer. Moves it to the recycle bin (kind follow_up) with its feed item; its attachments stay downloadable by their uploader only. When it was the customer's newest follow-up, lastFollowUpAt (and lastVisitAt for a visit) falls back to the newest live one, or null.
         */
        delete: operations["deleteFollowUp"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The activity feed
         * @description Items the caller may see: every item with data scope all; otherwise items whose actor is in the caller's data scope, whose customer's owner is, or whose customer has the caller on its team. Each item carries its follow-up (with attachments), the caller's like and its latest 3 comments.
         */
        get: operations["listFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feed/{id}/like": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Like a feed item
         * @description Whoever may see the item: data scope all, its actor in the caller's data scope, or its customer visible to the caller. Liking again changes nothing. The first like by a user notifies the item's actor once (feed.like; never for one's own item, nor again after un-liking and liking).
         */
        post: operations["likeFeedItem"];
        /**
         * Take back a like
         * @description Whoever may see the item: data scope all, its actor in the caller's data scope, or its customer visible to the caller. Un-liking an item not liked changes nothing.
         */
        delete: operations["unlikeFeedItem"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feed/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a feed item's comments
         * @description Whoever may see the item: data scope all, its actor in the caller's data scope, or its customer visible to the caller.
         */
        get: operations["listFeedComments"];
        put?: never;
        /**
         * Comment on a feed item
         * @description Whoever may see the item: data scope all, its actor in the caller's data scope, or its customer visible to the caller. Notifies each mentioned user (feed.mention) and the item's actor (feed.comment, unless mentioned), each exactly once and never the author.
         */
        post: operations["addFeedComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a customer's sales team
         * @description Same visibility as GET /api/v1/customers/{id}. The owner comes first (isOwner, access write), then the members by name.
         */
        get: operations["listCustomerTeam"];
        put?: never;
        /**
         * Add a team member
         * @description Only the customer's owner, or a caller with customer.edit who has the owner in their data scope. Adding someone already on the team sets their access. The new member is notified (customer.team_added).
         */
        post: operations["addCustomerTeamMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/team/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a team member
         * @description Only the customer's owner, or a caller with customer.edit who has the owner in their data scope; any member may also remove themselves (leave the team).
         */
        delete: operations["removeCustomerTeamMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/discussion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a customer's discussion
         * @description The discussion thread anchored to the customer. Same visibility as GET /api/v1/customers/{id}.
         */
        get: operations["listCustomerDiscussion"];
        put?: never;
        /**
         * Post to a customer's discussion
         * @description Whoever may see the customer. Notifies each mentioned user (discussion.mention) and the owner and team (discussion.message, unless mentioned), each once and never the author.
         */
        post: operations["addCustomerDiscussion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/home/todos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Home page to-dos
         * @description For the caller's own customers; no permission needed.
         */
        get: operations["getHomeTodos"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live notifications (Server-Sent Events)
         * @description The caller's new notifications as Server-Sent Events; the response stays open. Each event is
         *
         *         id: <notification id>
         *         event: notification
         *         data: <Notification JSON, one line>
         *
         *     followed by a blank line. A comment line ": ping" every 20 seconds keeps proxies from closing it. Without Last-Event-ID the stream starts from now: only notifications created after it opened are sent. With Last-Event-ID (the header EventSource sends on reconnect, or the lastEventId query parameter for polyfills; the header wins) every stored notification of the caller with a greater id is sent first, then live ones, in id order; nothing is lost or sent twice. Browsers authenticate with the session cookie (EventSource cannot send Authorization). Errors before the stream opens are JSON. Unread count: GET /api/v1/notifications/unread-count.
         */
        get: operations["streamNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhooks
         * @description Needs settings.configure.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Create a webhook
         * @description Needs settings.configure. The host must resolve now. Audited (webhook.create).
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a webhook
         * @description Needs settings.configure. Its deliveries go with it (pending ones are never sent). Audited (webhook.delete).
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Change a webhook
         * @description Needs settings.configure. Only the fields present change; a new url or allowPrivate checks the target again. Audited (webhook.update).
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a webhook's deliveries
         * @description Needs settings.configure.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test event
         * @description Needs settings.configure. Queues a webhook.test event for this webhook (even a disabled one) with data {title, userId}; see GET /api/v1/webhooks/{id}/deliveries for the outcome.
         */
        post: operations["testWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List work logs
         * @description Logs whose author is in the caller's data scope (the caller's own included); no permission needed.
         */
        get: operations["listWorkLogs"];
        put?: never;
        /**
         * Submit a work log
         * @description Writes the caller's log of that kind for the period containing date; submitting again for the same period replaces summary, plan, issues and customers. stats are recomputed from the caller's records. The first submission adds a feed item (type worklog). No permission needed.
         */
        post: operations["submitWorkLog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-logs/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Work log form for a period
         * @description The caller's log of that kind for the period containing date with stats computed now: the submitted one if there is one, else an empty draft (id null).
         */
        get: operations["getWorkLogDraft"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-logs/missing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who has not written a daily log
         * @description Active users in the caller's data scope, the caller excluded, without a daily log for the day.
         */
        get: operations["listMissingWorkLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-logs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open a work log
         * @description Visible to its author and to whoever has the author in their data scope. Opening someone else's log records a read receipt (readCount, readers).
         */
        get: operations["getWorkLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/nearby": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Customers near a point
         * @description Needs customer.view. Customers with coordinates within radius of (lat, lng) by great-circle distance, nearest first. Visible customers as for the customer lists: owned customers in the caller's data scope or on whose team the caller is, and customers of pools the caller is a member or admin of (every pool with a whole-company data scope). Phones may arrive masked (phoneMasked).
         */
        get: operations["nearbyCustomers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/check-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List check-ins
         * @description Needs visit.view. Check-ins by users in the caller's data scope (the caller's own included), newest first.
         */
        get: operations["listCheckIns"];
        put?: never;
        /**
         * Check in
         * @description Needs visit.create. The server stamps its own time (at, receivedAt), keeps the device's capturedAt, and scores the check-in against the tenant's policy (GET /api/v1/settings/check-in): each reason (CheckInReason) makes it suspicious, only no_customer_location makes it unverifiable, none verified. With a customer (one the caller owns, has in their data scope, or is on the team of with write access) it records the distance to the customer's site, writes a follow-up of type visit on the customer (which sets its lastFollowUpAt), and marks the caller's planned visits to that customer today as done. The first check-in at a customer without coordinates sets the customer's coordinates to the check-in's (fixedCustomerLocation, 客户标注). Attached photos are attached to the check-in. Under policy block a suspicious check-in is refused with 422 checkin.suspicious and nothing is written. A check-in captured offline keeps its capturedAt: the position, speed and photo time are scored at that instant, and a receipt more than 10 minutes later adds the reason late_upload (with delayMinutes), which does not make it suspicious. Send it with an Idempotency-Key so that a replay after a lost answer returns the first check-in instead of writing a second one.
         */
        post: operations["createCheckIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/check-ins/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a check-in
         * @description Visible to whoever has its user in their data scope (the user included).
         */
        get: operations["getCheckIn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The check-in policy
         * @description The tenant's check-in policy; any signed-in user may read it.
         */
        get: operations["getCheckInPolicy"];
        /**
         * Change the check-in policy
         * @description Needs settings.configure. Changes the given fields and keeps the others; recorded in the audit log (settings.check_in_policy).
         */
        put: operations["setCheckInPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The map tiles
         * @description The tenant's map tiles (地图底图); any signed-in user may read them, as every map draws with them. Until an administrator sets them: preset amap for a tenant whose time zone is mainland China's (Asia/Shanghai and its aliases), else osm, with isDefault true.
         */
        get: operations["getMapSettings"];
        /**
         * Change the map tiles
         * @description Needs settings.configure. preset is required; customUrl and customGcj02 keep their stored values when absent (a custom URL is kept while another preset is on). Recorded in the audit log (settings.map_tiles).
         */
        put: operations["setMapSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The reveal settings
         * @description The tenant's daily quota of phone reveals per user; any signed-in user may read it.
         */
        get: operations["getRevealSettings"];
        /**
         * Change the reveal settings
         * @description Needs settings.configure. Recorded in the audit log (settings.reveal).
         */
        put: operations["setRevealSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visit-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List visit plans
         * @description Plans of users in the caller's data scope (the caller's own included), by plannedAt, at most 1000. A plan whose day (tenant's time zone) has passed without a check-in at its customer is missed.
         */
        get: operations["listVisitPlans"];
        put?: never;
        /**
         * Plan a visit
         * @description Needs visit.create. Plans a visit by the caller to a customer the caller may see. With remindMinutesBefore a visit.plan_due notification goes to the caller at plannedAt minus that many minutes (checked every minute; not for plans more than a day past).
         */
        post: operations["createVisitPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visit-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a visit plan
         * @description Only its planner.
         */
        delete: operations["deleteVisitPlan"];
        options?: never;
        head?: never;
        /**
         * Change a visit plan
         * @description Only its planner. Changes plannedAt, remindMinutesBefore and notes; changing plannedAt or remindMinutesBefore re-arms the reminder.
         */
        patch: operations["updateVisitPlan"];
        trace?: never;
    };
    "/api/v1/visits/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Visit statistics
         * @description Needs visit.view. Counts check-ins by users in the caller's data scope within [from, to): per user (visits, distinct customers, suspicious ones), the 50 most visited customers, and the totals. Per user and in the total also the customers nobody visits (客户被拜访统计): of the live customers each user owns now (whatever the period), in the caller's data scope and the department filter, how many were never visited (neverVisited) and how many were last visited more than forgottenDays days ago (forgotten); a visit is a live follow-up of type visit (a check-in at a customer writes one). A user who owns customers but made no visit in the period has a row with zero visits. GET /visits/neglected lists the customers behind each of these numbers.
         */
        get: operations["visitStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits/neglected": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Customers nobody visits (never visited or forgotten)
         * @description Needs visit.view. The customers behind a neverVisited or forgotten number of GET /visits/stats: live customers owned by people in the caller's data scope (of the department and its sub-departments, of one owner, when given) that were never visited (kind=never, by creation) or were last visited more than forgottenDays days ago (kind=forgotten, by last visit), oldest first (ties by id), keyset-paginated, with the total.
         */
        get: operations["listNeglectedCustomers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Look up active colleagues by name (for pickers)
         * @description Any signed-in user. At most 20 active users whose name, username, mobile or email contains q; only id, name and departmentName. Executives are left out for callers without org.edit.
         */
        get: operations["lookupUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feed/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One feed item */
        get: operations["getFeedItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Event names a webhook can subscribe to */
        get: operations["listWebhookEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits/map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Points for the visit and customer distribution maps
         * @description Needs visit.view. Check-ins in the caller's data scope in the period (default the last 30 days) and positioned customers owned by people in scope; at most 5,000 of each. ?coord=gcj02 gives GCJ-02 coordinates.
         */
        get: operations["visitMap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the first-run page is offered */
        get: operations["getSetupState"];
        put?: never;
        /**
         * Create the first company and its administrator (first run)
         * @description No login. Only while the database holds no company. Creates the tenant, the four built-in roles, one department named after the company, the administrator (role admin) in it, and one public pool (公海) open to that department with the product's default rules — one transaction. `quanke tenant create` does the same from the command line (for further companies too).
         */
        post: operations["setUpCompany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Robot message settings
         * @description Needs settings.configure.
         */
        get: operations["getMessageSettings"];
        /**
         * Set the robot message settings
         * @description Needs settings.configure. A trailing slash of publicBaseUrl is dropped. Audited (settings.notify).
         */
        put: operations["putMessageSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List leads
         * @description Owned leads in the caller's data scope (lead.view); with poolId/inPool, leads of the lead pools the caller is a member or admin of. A digits-only q matches a whole phone number only. Custom fields: cf.<key>=value (text contains; select, user, department equal; multi_select holds the option; number, money, date equal) and cf.<key>From / cf.<key>To (number, money, date, datetime; inclusive); an unknown, hidden, deleted or unfilterable key is validation.failed on cf.<key>, and a protected field (settings/field-protection) is issue protected for callers without field.view_protected (docs/api-custom-fields.md).
         */
        get: operations["listLeads"];
        put?: never;
        /**
         * Create a lead
         * @description lead.create. Into a lead pool (its push rules run) or owned by the caller / ownerId. The conflict check covers customers and leads: 409 lead.conflict unless force (then linked to a matching customer).
         */
        post: operations["createLead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create many leads
         * @description lead.create and lead.import; one transaction, each row on its own; conflicts are created and linked, not refused. With poolId the pool's push rules assign them.
         */
        post: operations["bulkCreateLeads"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/check-conflict": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a lead or customer-to-be for duplicates
         * @description lead.view. Customers and leads matching the company name, credit code or phone, masked as the caller may learn of them.
         */
        post: operations["checkLeadConflict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a lead
         * @description lead.view and the lead in the caller's scope or browsable pool.
         */
        get: operations["getLead"];
        put?: never;
        post?: never;
        /**
         * Delete a lead
         * @description lead.delete (to the recycle bin).
         */
        delete: operations["deleteLead"];
        options?: never;
        head?: never;
        /**
         * Edit a lead
         * @description lead.edit; owner, their manager or the pool's admin. A converted lead is read-only.
         */
        patch: operations["updateLead"];
        trace?: never;
    };
    "/api/v1/leads/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a lead's status
         * @description lead.edit; invalid needs a reason.
         */
        post: operations["setLeadStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Claim a lead from its pool
         * @description pool.claim and membership of the lead pool; cooldown, daily claim limit and holding limit (open leads) apply.
         */
        post: operations["claimLead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign a pool lead
         * @description pool.assign and the pool's admin; the assignee must be a member under their holding limit.
         */
        post: operations["assignLead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Release a lead to a lead pool
         * @description The owner or their manager; a reason is required.
         */
        post: operations["releaseLead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transfer a lead
         * @description lead.transfer; to an active user in the caller's scope.
         */
        post: operations["transferLead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A lead's follow-ups
         * @description Newest first.
         */
        get: operations["listLeadFollowUps"];
        put?: never;
        /**
         * Follow up a lead
         * @description followup.create; who holds the lead or their manager. The first follow-up sets firstContactAt and moves a new lead to contacting. Text only.
         */
        post: operations["addLeadFollowUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who held a lead and why it moved
         * @description Newest first.
         */
        get: operations["leadHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/convert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Convert a lead (线索转化)
         * @description lead.edit and customer.create. Creates a customer and contact from the mapped fields, or attaches a contact to an existing customer (customerId, or the one the conflict check finds: never a second customer). 409 customer.conflict when the duplicate is a customer the caller cannot see.
         */
        post: operations["convertLead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lead-conversion-mapping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The lead → customer field mapping
         * @description lead.view.
         */
        get: operations["getLeadConversionMapping"];
        /**
         * Set the lead → customer field mapping
         * @description pool.configure. An empty list restores the default.
         */
        put: operations["setLeadConversionMapping"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lead-sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lead sources (channels)
         * @description lead.view.
         */
        get: operations["listLeadSources"];
        put?: never;
        /**
         * Add a lead source
         * @description pool.configure.
         */
        post: operations["createLeadSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lead-sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a lead source
         * @description pool.configure; 409 lead.source_in_use while leads use it (disable it instead).
         */
        delete: operations["deleteLeadSource"];
        options?: never;
        head?: never;
        /**
         * Edit a lead source
         * @description pool.configure; costs replaces the list.
         */
        patch: operations["updateLeadSource"];
        trace?: never;
    };
    "/api/v1/pools/{id}/push-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A lead pool's push rules
         * @description pool.view; in order, first match wins.
         */
        get: operations["listPushRules"];
        /**
         * Replace a lead pool's push rules
         * @description The pool's admins or pool.configure. Rules sent back with their id keep their round-robin place; members keep their join order and new members join at the end.
         */
        put: operations["setPushRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lead-forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the web forms
         * @description Needs pool.configure. Newest first, all of them (no paging).
         */
        get: operations["listLeadForms"];
        put?: never;
        /**
         * Create a web form
         * @description Needs pool.configure. Issues a token (32 random URL-safe characters); the public page is /f/<token>. Without fields the form asks for name and mobile (required), company and notes. Audited (lead_form.create).
         */
        post: operations["createLeadForm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lead-forms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a web form
         * @description Needs pool.configure. The form is deleted for good (its URL answers form.not_found); leads it brought keep their formId. Audited (lead_form.delete).
         */
        delete: operations["deleteLeadForm"];
        options?: never;
        head?: never;
        /**
         * Change a web form
         * @description Needs pool.configure. Absent fields stay unchanged; fields, when given, replace the list. rotateToken: true issues a new token (the old URL answers form.not_found from then on). Audited (lead_form.update or lead_form.rotate_token).
         */
        patch: operations["updateLeadForm"];
        trace?: never;
    };
    "/api/v1/public/forms/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The public form (no login)
         * @description No login. What the public page shows. Unknown, disabled and deleted forms (and forms whose pool was deleted) all answer form.not_found: the answer never tells whether a company or a form exists.
         */
        get: operations["getPublicForm"];
        put?: never;
        /**
         * Submit the public form (no login)
         * @description No login. Creates a lead in the form's pool (source, campaign and form id from the form), pushed by the pool's push rules and linked to a matching customer like any lead (never refused as a duplicate), in one transaction. Text is stored as sent (never HTML-escaped). Checks in this order, and nothing is stored on any refusal: the body's size (8 KB), JSON, the client address's rate (20 a minute), the token, the form's rate (its perMinute), the honeypot `website` (must be absent or empty), the fields. Rates are counted in memory on each node (docs/operations.md). The client address is the connection's peer, or X-Forwarded-For behind `serve --trusted-proxies`.
         */
        post: operations["submitPublicForm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lead-analysis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lead channel analysis
         * @description Needs report.view. Leads created on the local dates [from, to] within the caller's data scope (owned leads whose owner the caller may see; leads waiting in a pool only for the whole-company scope and without departmentId/userId), grouped. Cost: see docs/api-leads.md "Channel analysis".
         */
        get: operations["getLeadAnalysis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lead-analysis/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lead channel analysis as .xlsx
         * @description Needs report.export. The same table as GET /api/v1/lead-analysis as one sheet: a header row, a row per group, a total row; columns as LeadAnalysisRow (label first, money in yuan, follow-ups last). Audited (lead.analysis_export).
         */
        get: operations["exportLeadAnalysis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/reclaim-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the lead sweep would reclaim
         * @description Needs lead.view, and pool.configure (every lead pool) or to administer a lead pool (its pools only). A dry run of the lead sweep as of at over the lead pools, regardless of their sweepHour; changes nothing. The sweep itself runs with the customers' (POST /api/v1/reclaim/run, the daily job, quanke reclaim).
         */
        get: operations["previewLeadReclaim"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sales-processes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sales processes
         * @description opportunity.view. By position; a company without any process gets the default one (标准销售流程) on this first read.
         */
        get: operations["listSalesProcesses"];
        put?: never;
        /**
         * Create a sales process
         * @description settings.configure. Terminal stages (赢单 100 %, 输单 0 %, 无效 0 %) are made automatically; the first process is the default.
         */
        post: operations["createSalesProcess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sales-processes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One sales process
         * @description opportunity.view.
         */
        get: operations["getSalesProcess"];
        put?: never;
        post?: never;
        /**
         * Delete a sales process
         * @description settings.configure; 409 process.in_use while opportunities use it.
         */
        delete: operations["deleteSalesProcess"];
        options?: never;
        head?: never;
        /**
         * Change a sales process
         * @description settings.configure. Raises version and stores a snapshot; stages: the whole new list of open stages (409 process.stage_in_use with details.stageId and details.count when a stage left out has opportunities; nothing changes then).
         */
        patch: operations["updateSalesProcess"];
        trace?: never;
    };
    "/api/v1/sales-processes/{id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A version of a sales process
         * @description opportunity.view. The process as it was at that version.
         */
        get: operations["getSalesProcessVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List opportunities
         * @description opportunity.view. Owners in the caller's data scope and customers whose team the caller is on; with total.
         */
        get: operations["listOpportunities"];
        put?: never;
        /**
         * Create an opportunity
         * @description opportunity.create and write access to the customer.
         */
        post: operations["createOpportunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/opportunities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One opportunity
         * @description opportunity.view; owner, data scope or the customer's team, else 404.
         */
        get: operations["getOpportunity"];
        put?: never;
        post?: never;
        /**
         * Delete an opportunity
         * @description opportunity.delete; soft delete, audited.
         */
        delete: operations["deleteOpportunity"];
        options?: never;
        head?: never;
        /**
         * Edit an opportunity
         * @description opportunity.edit. probability sets probabilitySet; null clears it.
         */
        patch: operations["updateOpportunity"];
        trace?: never;
    };
    "/api/v1/opportunities/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move an opportunity to another stage
         * @description opportunity.edit. version must be current (409 opportunity.version_conflict, details.version); forward needs the required feedback of the stage left (422 opportunity.feedback_required, details.missing [{key, label}]; type errors 400 feedback.<key>); without allowSkip only the next stage (422 opportunity.stage_skipped, details.nextStageId); lost/invalid need a reason (422 opportunity.reason_required); won makes the customer a deal customer in the same transaction.
         */
        post: operations["moveOpportunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/opportunities/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An opportunity's stage history
         * @description opportunity.view. Oldest first; each change keeps the process version and the feedback field definitions as they were.
         */
        get: operations["opportunityHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/opportunities/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sales funnel (销售漏斗) of a process
         * @description Needs report.view. The cohort: opportunities (not deleted) of the process created on the local dates [from, to] whose owner is in the caller's data scope (and the departmentId subtree / ownerId). Per open stage: the cohort's open opportunities in it now, how many reached it (highest position ever entered >= its position), the conversion to the next open stage (or won), the mean completed stay. Every number carries the list query (GET /api/v1/opportunities) of the opportunities behind it. A tenant without any process answers processId null and no stages. See docs/api-opportunities.md "Funnel, forecast, stale".
         */
        get: operations["getOpportunityFunnel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/opportunities/forecast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Forecast of opportunities by expected close month
         * @description Needs report.view. Per month: the open opportunities (not deleted, owner in the caller's data scope and the filters) expected to close in it — count, amountFen, weightedFen = Σ floor(amountFen × probability / 100), commitFen = Σ amountFen of those with probability >= 70 + wonFen, bestCaseFen = amountFen + wonFen — and wonFen, the amount of won opportunities closed in the month (tenant zone). Integer fen throughout.
         */
        get: operations["getOpportunityForecast"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/opportunities/funnel/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sales funnel and forecast as .xlsx
         * @description Needs report.export. Query as GET /api/v1/opportunities/funnel. Two sheets: the funnel (a row per open stage with probability, open count and amount, reached, conversion %, average days in stage; then won, lost, invalid, the win rate and the lost reasons) and the forecast of the same process and owners over the default months (this month and the next five). Money in yuan. Audited (opportunity.funnel_export).
         */
        get: operations["exportOpportunityFunnel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approval-flows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List approval flows
         * @description Every signed-in user. By (subjectType, position).
         */
        get: operations["listApprovalFlows"];
        put?: never;
        /**
         * Create an approval flow
         * @description settings.configure. The first enabled flow of a subject type (by position) whose amount condition (min <= amount < max) holds is used.
         */
        post: operations["createApprovalFlow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approval-flows/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One approval flow
         * @description Every signed-in user.
         */
        get: operations["getApprovalFlow"];
        put?: never;
        post?: never;
        /**
         * Delete an approval flow
         * @description settings.configure. Running approvals finish with their snapshot.
         */
        delete: operations["deleteApprovalFlow"];
        options?: never;
        head?: never;
        /**
         * Change an approval flow
         * @description settings.configure. Version + 1; running approvals keep the steps they started with.
         */
        patch: operations["updateApprovalFlow"];
        trace?: never;
    };
    "/api/v1/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The approval inbox
         * @description box pending (waiting on me now), done (I acted on), mine (I applied); with subjectId and subjectType: that object's approvals in any box (read access to the object, else not_found). Newest first, with total.
         */
        get: operations["listApprovals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The inbox badge
         * @description The caller's pending approvals.
         */
        get: operations["approvalCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One approval
         * @description The applicant, every approver of any step, or whoever may read the subject (else not_found).
         */
        get: operations["getApproval"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve
         * @description An approver of the current step with its pending task (403 approval.not_your_turn), on the current version (409 approval.version_conflict: of two acting at once exactly one decision stands); decided approvals 409 approval.closed. any: the first approval completes the step; all: every approver. The last step approved ends it approved and the subject's module hears it in the same transaction (its failure fails the decision with its code).
         */
        post: operations["approveApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject
         * @description As approve; comment required. The approval ends rejected.
         */
        post: operations["rejectApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return to the applicant
         * @description As approve; comment required. The approval ends returned; the applicant may change the object and submit again.
         */
        post: operations["returnApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/{id}/comment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Comment
         * @description Anyone who may read it; comment required. Notifies the applicant and the approvers.
         */
        post: operations["commentApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw
         * @description The applicant (else 403 approval.not_your_turn), while pending (409 approval.closed), on the current version. Ends withdrawn.
         */
        post: operations["withdrawApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approval-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit an expense claim or leave request
         * @description Any signed-in user. The request and its approval are written in one transaction; the request's status follows its approval. expense: amountFen > 0; leave: leaveType, startDate <= endDate, halfDays >= 1 (an integer count of half days).
         */
        post: operations["createApprovalRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/product-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List product categories
         * @description Every signed-in user. Flat, by (parent, position); productCount counts the category's own live products.
         */
        get: operations["listProductCategories"];
        put?: never;
        /**
         * Create a product category
         * @description settings.configure.
         */
        post: operations["createProductCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/product-categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a product category
         * @description settings.configure. product_category.in_use (details products, children) while it has products or child categories.
         */
        delete: operations["deleteProductCategory"];
        options?: never;
        head?: never;
        /**
         * Edit or move a product category
         * @description settings.configure. Moving under itself or its subtree: product_category.cycle.
         */
        patch: operations["updateProductCategory"];
        trace?: never;
    };
    "/api/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List products
         * @description Every signed-in user; with total.
         */
        get: operations["listProducts"];
        put?: never;
        /**
         * Create a product
         * @description settings.configure. code unique among live products (product.code_taken).
         */
        post: operations["createProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One product
         * @description Every signed-in user.
         */
        get: operations["getProduct"];
        put?: never;
        post?: never;
        /**
         * Delete a product
         * @description settings.configure; soft delete, audited. Lines naming it keep their copies.
         */
        delete: operations["deleteProduct"];
        options?: never;
        head?: never;
        /**
         * Edit a product
         * @description settings.configure.
         */
        patch: operations["updateProduct"];
        trace?: never;
    };
    "/api/v1/contract-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Contract settings
         * @description contract.view.
         */
        get: operations["getContractSettings"];
        /**
         * Set the contract settings
         * @description settings.configure.
         */
        put: operations["putContractSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List contracts
         * @description contract.view. Owners in the caller's data scope and customers whose team the caller is on; with total.
         */
        get: operations["listContracts"];
        put?: never;
        /**
         * Create a contract
         * @description contract.create and write access to the customer. The number is made from the settings in the creating transaction (gap-free). submit: true submits it at once.
         */
        post: operations["createContract"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One contract
         * @description contract.view and access (owner, scope, customer team).
         */
        get: operations["getContract"];
        put?: never;
        post?: never;
        /**
         * Delete a draft contract
         * @description contract.delete; drafts only (contract.not_draft); soft, audited; the number is kept.
         */
        delete: operations["deleteContract"];
        options?: never;
        head?: never;
        /**
         * Edit a contract
         * @description contract.edit and write access. Money fields of an active or ended contract: contract.amount_locked; pending: contract.locked.
         */
        patch: operations["updateContract"];
        trace?: never;
    };
    "/api/v1/contracts/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a contract for approval
         * @description contract.create and write access; the approval starts (pending), or active at once when no flow applies.
         */
        post: operations["submitContract"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Void a contract
         * @description contract.approve; from draft or active; contract.has_receipts while confirmed receipts exist.
         */
        post: operations["voidContract"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/renew": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Renew a contract
         * @description contract.create; a new draft linked by renewalOfId, its defaults copied (customer, items, total, a start the day after the end).
         */
        post: operations["renewContract"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Change orders of a contract
         * @description contract.view; newest first.
         */
        get: operations["listContractChanges"];
        put?: never;
        /**
         * Ask for a change order
         * @description contract.edit and write access; active or ended contracts; one pending at a time; the approval starts, or it applies at once when no flow applies.
         */
        post: operations["createContractChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/instalments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the payment plan
         * @description contract.edit and write access; the whole plan. A plan that does not sum to the total is kept and flagged (planMismatchFen).
         */
        put: operations["putContractInstalments"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/contracts-summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A customer's contracts and money
         * @description contract.view; over the customer's contracts the caller may see (not void, not draft).
         */
        get: operations["customerContractsSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List receipts
         * @description payment.view; in the caller's data scope (the contract owner's) and customer teams; with total.
         */
        get: operations["listReceipts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a receipt
         * @description payment.create; active or ended contracts. amount + pending and confirmed receipts <= total (receipt.exceeds_owed, details.owedFen).
         */
        post: operations["createReceipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receipts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One receipt
         * @description payment.view and access to its contract.
         */
        get: operations["getReceipt"];
        put?: never;
        post?: never;
        /**
         * Delete a receipt
         * @description payment.delete; pending or rejected only (receipt.confirmed). Moves it to the recycle bin (kind receipt); a pending receipt gives its claim on what is owed back.
         */
        delete: operations["deleteReceipt"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receivables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List receivables
         * @description payment.view; open instalments of active and ended contracts in the caller's data scope (by the contract's owner); with total.
         */
        get: operations["listReceivables"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/receivables/ageing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Receivables ageing
         * @description payment.view; buckets by the tenant's today over the caller's data scope.
         */
        get: operations["receivablesAgeing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List invoices
         * @description payment.view; with total.
         */
        get: operations["listInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue an invoice
         * @description payment.create; active or ended contracts; issued invoices never exceed the total (invoice.exceeds_total, details.invoicableFen); number unique among issued.
         */
        post: operations["createInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Void an invoice
         * @description payment.edit; the row stays.
         */
        post: operations["voidInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/metrics/catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The metric catalogue
         * @description Every signed-in person. The metrics of the reports and targets in their order (docs/api-targets.md "Metrics"): key, unit (fen or count) and whether targets can be set on it.
         */
        get: operations["getMetricCatalogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Metrics per department or person (销售业绩对比 / 销售工作执行)
         * @description Needs report.view. The chosen metrics over the range for the people in the caller's data scope under the level: department rows sum their subtree's people in scope; user rows are the person's own. Rows with all zeros are kept; resigned people only with a non-zero value. total equals the sum of the rows; ranks by `sort`, ties sharing a rank. A person's numbers count for the department they are in now. See docs/api-targets.md "Reports".
         */
        get: operations["getMetricReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/metrics/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Metrics report as .xlsx
         * @description Needs report.export. Query as GET /api/v1/reports/metrics. One sheet: a row per report row (name, department, the metrics; money in yuan), then the total. Audited (report.export, details: report "metrics" and its filters).
         */
        get: operations["exportMetricReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The records behind a metric
         * @description Needs report.view. The records behind a number: the rows of the metric's one source table (contracts, receipts, customers, follow-ups, opportunities, leads or work logs) that count for the people in the range, newest first (at desc, id desc), keyset-paginated, with the total. customersVisited lists the visits. Customers are named whatever the caller's customer scope; records carry no protected fields.
         */
        get: operations["listMetricRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/records/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The records behind a metric as .xlsx
         * @description Needs report.export. Query as GET /api/v1/reports/records without cursor/limit. One sheet of every record (local time, kind, title, customer, person, amount in yuan); at most 100,000 rows. Audited (report.export, details: report "records" and its filters).
         */
        get: operations["exportMetricRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set or remove targets
         * @description target.configure. Upserts 1–500 items of one metric; an item with value null removes that target. Validation names items[i].field (period malformed, assigneeType unknown, assigneeId not a department/user on the caller's sheet, value negative or not an integer, sprintValue < value, challengeValue < sprintValue: invalid_value). A locked period refuses the whole request: 409 target.locked (details.period), nothing written. Each changed field is recorded as a change in the same transaction. Answers the rows as written.
         */
        put: operations["writeTargets"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/targets/sheet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The target sheet of a metric and year
         * @description target.view. The company, the departments (pre-order) and each department's direct active members after it, within the caller's data scope; the cells of the year (the year, its quarters, months and ISO weeks) that have a target; the locked periods; and the flags where a parent's set value differs from the sum of its children (children_sum) or of its sub-periods (periods_sum).
         */
        get: operations["getTargetSheet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/targets/decompose": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Split a total over periods or people
         * @description target.configure. Nothing is written. even, weights (integer weights ≥ 0 by period or assignee id, not all 0) or history (people only: baseline = 70 % of the average month of the 3 calendar months before the period, the rest spread by those averages). Integer parts with the largest remainders rounded up, ties to the earlier part; the parts sum to total.
         */
        post: operations["decomposeTarget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/targets/locks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Locked periods of a year
         * @description target.view.
         */
        get: operations["listTargetLocks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/targets/locks/{period}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Lock a period
         * @description target.configure. Idempotent. A locked period refuses every change to its targets (any metric); a year lock does not lock its months. Recorded as a change (field lock, 0 → 1).
         */
        put: operations["lockTargetPeriod"];
        post?: never;
        /**
         * Unlock a period
         * @description target.configure. Idempotent. Recorded as a change (field lock, 1 → 0).
         */
        delete: operations["unlockTargetPeriod"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/targets/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The change log of targets and locks
         * @description target.view. Newest first; only the company's changes, those of departments and people in the caller's data scope, and locks. No total.
         */
        get: operations["listTargetChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/targets/attainment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Attainment of a level
         * @description target.view. The level (company or department) and its rows: child departments, then direct members (resigned ones only with a non-zero actual), by rateBp descending; at the company level of a one-root tree, the root's children and direct members. actual is the metric over the period (reports' definition, the people of the caller's scope).
         */
        get: operations["getTargetAttainment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/targets/attainment/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Attainment as .xlsx
         * @description target.view and report.export. Query as GET /api/v1/targets/attainment. One sheet: the rows then the level's total; money in yuan, the rate in percent. Audited (report.export, report targetAttainment with its filters).
         */
        get: operations["exportTargetAttainment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/targets/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's own attainment
         * @description target.view. One row per metric with a target for the caller in the period, ranked among the active direct members of the caller's department who have a target for it.
         */
        get: operations["getMyTargets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Customers by province, city, industry, level, source or status (客户分布)
         * @description Needs report.view. The customers GET /api/v1/customers lists (owned by people in the caller's data scope, not deleted), below departmentId when given, counted per value of `by`, largest first; a value of "" is a customer without it. Each count drills down to GET /api/v1/customers?<by>=<value>. Whole-company answers are shared for up to a minute (asOf). See docs/api-targets.md "Customers".
         */
        get: operations["getCustomerDistribution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/customers/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Customer overview: total, new yesterday and this month, the last 30 days (客户概况)
         * @description Needs report.view. Over the same customers as GET /api/v1/reports/customers: how many there are, how many of them were created yesterday and this month, and per day over the 30 days up to today (local days of the tenant's zone; customers since deleted are not counted). Whole-company answers are shared for up to a minute (asOf).
         */
        get: operations["getCustomerOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recycle-bin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the recycle bin
         * @description settings.configure. The tenant's deleted records of every kind (customers, contacts, leads, opportunities, products, draft contracts, follow-ups, pending or rejected receipts), newest deletion first, with who deleted them and when they are purged (90 days after deletion); with total.
         */
        get: operations["listRecycleBin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recycle-bin/{kind}/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a deleted record
         * @description settings.configure; audited (recycle.restore). Within 90 days of the deletion (else recycle.expired). A customer re-runs the conflict check (recycle.conflict with the first match, as customer.conflict describes it) and returns to its previous owner when that user is active and under the holding limit of its home pool, else to its home pool (a fresh reclaim clock either way; history action restore); its contacts come back with it. A contact, opportunity, contract or follow-up whose customer is in the bin, or a receipt whose contract or customer is: recycle.parent_deleted (details.customerId or contractId). A restored follow-up is back on the timeline and in the feed with its comments and likes, and the customer's lastFollowUpAt (lastVisitAt for a visit) becomes the newest live one's again. A receipt comes back as it was deleted: a rejected one stays rejected; a pending one counts against what is owed again (receipt.exceeds_owed with details.owedFen, receipt.exceeds_instalment, contract.not_active or contract.locked when it no longer fits) and is submitted anew in its recorder's name — pending with a new approval (the old one decides nothing), or confirmed at once when no receipt flow applies now. A product whose code a live product took meanwhile: recycle.code_taken.
         */
        post: operations["restoreFromRecycleBin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recycle-bin/{kind}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Purge a deleted record now
         * @description settings.configure; audited (recycle.purge). Removes the record for good with what hangs off it (a customer's contacts, follow-ups, team, history and the numbers of the conflict check; a follow-up's feed item with its comments and likes, and its attachments; a receipt's allocations (its approval stays in the approvals' history); an opportunity's lines and stage history; a contract's lines, changes and instalments; a product's links from lines). recycle.in_use while opportunities or contracts (deleted or not) still refer to the customer or opportunity. The purge job does the same hourly for records deleted more than 90 days ago, skipping those still referred to.
         */
        delete: operations["purgeFromRecycleBin"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Imports
         * @description The newest 50 imports of the caller (admins with org.edit: of the whole tenant), newest first.
         */
        get: operations["listImports"];
        put?: never;
        /**
         * Start an import
         * @description Needs the permission of the object: customer.import for customers, settings.configure for products (the permission that creates them), target.configure for targets. Queues the rows as a background job and answers it at once (202); the job runs in batches, each one transaction: every row goes through the checks of creating the record by hand (customers: POST /api/v1/customers — validation, the duplicate check, owner in the caller's scope, holding limits; products: POST /api/v1/products, with the categories it names created as by hand; targets: PUT /api/v1/targets — locks, data scope, the change log), a row matching an existing record is handled by `policy`, and the batch's row errors and the job's progress are written with it. A cancelled or interrupted job has imported whole batches only. Follow it with GET /api/v1/imports/{id} or its event stream. Audited (import.start, import.finish). The body may be up to the upload limit (21 MB by default).
         */
        post: operations["startImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One import
         * @description Its status and counts.
         */
        get: operations["getImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An import's progress (Server-Sent Events)
         * @description The job's state as Server-Sent Events: at once, after each batch, and at its end (then the client closes). Each event is
         *
         *         event: progress
         *         data: <ImportJob JSON, one line>
         *
         *     followed by a blank line; ": ping" every 20 seconds. Browsers authenticate with the session cookie. Errors before the stream opens are JSON.
         */
        get: operations["streamImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an import
         * @description Stops the job after its current batch (a queued job at once): what was imported stays, in whole batches. A finished job is answered unchanged. Audited (import.cancel).
         */
        post: operations["cancelImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An import's refused and skipped rows
         * @description Each row the import refused (failed) or skipped (it matched an existing customer and the policy skipped it, or attach had no contact to add), in row order.
         */
        get: operations["listImportErrors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/errors.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An import's refused and skipped rows as .xlsx
         * @description The rows of GET /api/v1/imports/{id}/errors as one sheet: row, name, outcome, reason (in the request's language), fields, code.
         */
        get: operations["downloadImportErrors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/import-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Saved column mappings
         * @description Needs the object's import permission (customer.import for customers, settings.configure for products (the permission that creates them), target.configure for targets). The tenant's templates for an object, by name.
         */
        get: operations["listImportTemplates"];
        /**
         * Save a column mapping
         * @description Needs the object's import permission (customer.import for customers, settings.configure for products (the permission that creates them), target.configure for targets). Saves the mapping under its name, replacing the object's template of the same name.
         */
        put: operations["saveImportTemplate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/import-templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a column mapping
         * @description Needs the import permission of the template's object.
         */
        delete: operations["deleteImportTemplate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My exports
         * @description The caller's newest 50 export jobs, newest first.
         */
        get: operations["listExports"];
        put?: never;
        /**
         * Export a list to .xlsx
         * @description Queues a job that reads the list through its own handler, page by page, with the exporter's permissions, data scope and masking as they are when it runs, and writes the rows as one worksheet (at most 100,000 rows; truncated beyond). The first page is read at once, so a filter the list refuses is refused here with the list's own 400 and nothing is queued. customers needs customer.export, leads lead.export, opportunities and contracts report.export, audit org.view with the whole-company scope (and the list's own view permission). Audited (export.start; export.finish when it ends).
         */
        post: operations["startExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An export's progress
         * @description The job: status, rows read so far (done), the list's count when it gives one (total).
         */
        get: operations["getExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an export
         * @description Stops the job before its next page (a queued job at once); no file is written. A finished job is answered unchanged.
         */
        post: operations["cancelExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an export's file
         * @description The workbook, for 7 days after the job finished. Audited (export.download).
         */
        get: operations["downloadExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/custom-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List custom fields and the caller's form layout
         * @description Every signed-in user: the live fields of the object the caller may see (visibleRoleIds) by position, and the layout of the caller's department. includeDeleted=true (settings.configure): every field, hidden and deleted ones too, and the company default layout.
         */
        get: operations["listCustomFields"];
        put?: never;
        /**
         * Add a custom field
         * @description settings.configure. Audited custom_field.create.
         */
        post: operations["createCustomField"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/custom-fields/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a custom field
         * @description settings.configure. The values stay in the records and keep being read; the key stays taken.
         */
        delete: operations["deleteCustomField"];
        options?: never;
        head?: never;
        /**
         * Change a custom field
         * @description settings.configure. type, key and object are fixed (validation.failed read_only). Turning unique on while records share a value: custom_field.not_unique.
         */
        patch: operations["updateCustomField"];
        trace?: never;
    };
    "/api/v1/form-layouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A department's form layout
         * @description settings.configure. own=false and inheritedFrom when the department has no layout of its own.
         */
        get: operations["getFormLayout"];
        /**
         * Set a department's form layout
         * @description settings.configure. Audited form_layout.update.
         */
        put: operations["putFormLayout"];
        post?: never;
        /**
         * Remove a department's own layout
         * @description settings.configure. The department inherits its parent's layout again.
         */
        delete: operations["deleteFormLayout"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reveal a contact's protected fields
         * @description Same visibility as the contact's customer (GET /api/v1/customers/{id}). Answers the contact's mobile, phone, email and wechat in clear; audited contact.reveal and counted against the caller's daily reveals exactly as POST /api/v1/customers/{id}/reveal, when the caller sees them masked and the contact holds a protected value. 409 customer.claim_first while its customer is in a pool the caller does not administer.
         */
        post: operations["revealContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reveal a lead's protected fields
         * @description Same visibility as GET /api/v1/leads/{id}. Answers the lead's mobile, phone, email, wechat and protected custom fields in clear; audited lead.reveal and counted against the caller's daily reveals (shared with customers and contacts) when the caller sees them masked (not the owner, nor in scope with field.view_protected) and the lead holds a protected value. A lead in a lead pool stays masked until claimed (409 lead.claim_first) unless the caller administers the pool. An Idempotency-Key is ignored here.
         */
        post: operations["revealLead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/field-protection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The protected fields
         * @description Which fields the tenant protects (docs/api-customers.md "Field protection"); any signed-in user may read it.
         */
        get: operations["getFieldProtection"];
        /**
         * Change the protected fields
         * @description Needs settings.configure. Replaces the whole setting. Recorded in the audit log (settings.field_protection, details.changes before and after).
         */
        put: operations["setFieldProtection"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Error: {
            error: {
                /**
                 * @description Stable code; the HTTP status follows from it. 400: attachment.empty, request.malformed, validation.failed (details.fields), validation.malformed_json. 401: auth.invalid_credentials, auth.required, auth.session_expired. 403: auth.csrf, permission.denied (details.permission), pool.not_member. 404: not_found. 405: request.method_not_allowed. 409: already_exists, conflict, customer.conflict, customer.lock_limit, department.not_empty, pool.cooldown, pool.daily_claim_limit, pool.limit_reached, pool.not_empty, pool.not_in_pool, pool.not_owned, role.in_use, role.name_taken, setup.done, user.mobile_taken, user.username_taken. 413: request.too_large. 415: attachment.type_not_allowed. 422: auth.wrong_password, checkin.suspicious (details.reasons), department.cycle, request.idempotency_mismatch (the Idempotency-Key was used for another method, path or body), role.builtin, user.self_resign, webhook.private_address, webhook.unresolvable. 429: auth.challenge_required (details.challenge, details.difficulty), rate_limited (details.retryAfterSeconds). 500: internal. 503: unavailable. Which codes an operation can answer: its x-error-codes and the document's x-common-error-codes.
                 * @example not_found
                 */
                code: string;
                /** @description For people, in the caller's language (Accept-Language). */
                message: string;
                /** @description Present only when there are details, e.g. retryAfterSeconds, userCount, permission, limit. */
                details?: {
                    /** @description With validation.failed: every problem found. */
                    fields?: components["schemas"]["ValidationError"][];
                    /** @description With rate_limited. */
                    retryAfterSeconds?: number;
                    /** @description With permission.denied: the permission needed. */
                    permission?: string;
                    /**
                     * @description With customer.conflict.
                     * @enum {string}
                     */
                    matchedOn?: "name" | "creditCode" | "phone";
                    /**
                     * @description With customer.conflict.
                     * @enum {string}
                     */
                    where?: "owned" | "pool" | "locked" | "deleted";
                    /** @description With customer.conflict: number of matching customers. */
                    matches?: number;
                    /** @description With customer.conflict: the holder's department. */
                    teamName?: string;
                    /** @description With customer.conflict. */
                    poolName?: string;
                    /**
                     * Format: date
                     * @description With customer.conflict: last day it stays with its holder.
                     */
                    protectedUntil?: string;
                    /** @description With customer.conflict, when the caller may open it. */
                    customerId?: string;
                    /** @description With pool.limit_reached, pool.daily_claim_limit and customer.lock_limit. */
                    limit?: number;
                    /** @description With pool.limit_reached. */
                    held?: number;
                    /**
                     * Format: date
                     * @description With pool.cooldown: first day it may be claimed.
                     */
                    until?: string;
                    /** @description With pool.not_empty. */
                    customers?: number;
                    /**
                     * @description With checkin.suspicious: the codes of the reasons (CheckInReason.code), comma-separated.
                     * @example far_from_customer,mock_location
                     */
                    reasons?: string;
                } & {
                    [key: string]: unknown;
                };
            };
            /** @description Also sent as the X-Request-Id header. */
            requestId: string;
        };
        /** @description One entry of error.details.fields (validation.failed). */
        ValidationError: {
            /** @description The field name; "" when the body is JSON but not an object. */
            field: string;
            /** @enum {string} */
            issue: "required" | "wrong_type" | "invalid_value" | "too_long" | "too_short" | "taken" | "unknown_field" | "read_only";
        };
        Tenant: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            id: string;
            /**
             * @description Enterprise code used at login.
             * @example demo
             */
            code: string;
            name: string;
            /** @example Asia/Shanghai */
            timeZone: string;
        };
        RoleRef: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            id: string;
            name: string;
        };
        User: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            id: string;
            username: string;
            name: string;
            /** @description May arrive masked (138****5678). */
            mobile: string | null;
            /** @description May arrive masked. */
            email: string | null;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            departmentId: string;
            departmentName: string;
            isDepartmentHead: boolean;
            isExecutive: boolean;
            /** @enum {string} */
            status: "active" | "resigned";
            roles: components["schemas"]["RoleRef"][];
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            updatedAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            lastLoginAt: string | null;
        };
        Department: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            id: string;
            /**
             * @description null for a top-level department.
             * @example 1234567890123
             */
            parentId: string | null;
            name: string;
            /** Format: int64 */
            sortOrder: number;
            /** Format: int64 */
            memberCount: number;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            updatedAt: string;
        };
        Role: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            id: string;
            /** @description Internal code of a built-in role (admin is the administrator); null for roles made by users. */
            code: string | null;
            name: string;
            description: string;
            /** @enum {string} */
            dataScope: "self" | "department" | "department_tree" | "all";
            permissions: string[];
            builtin: boolean;
            /** Format: int64 */
            userCount: number;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            updatedAt: string;
        };
        AuditEntry: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            id: string;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            at: string;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            actorId: string | null;
            actorName: string;
            /** @example user.create */
            action: string;
            /** @example user */
            objectType: string;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            objectId: string | null;
            /** @description The object's name as it is now (a contract's number), also when deleted; empty for kinds without one or once purged. */
            objectName: string;
            ip: string;
            /** @description The client's User-Agent (at most 200 bytes); empty for jobs. */
            client: string;
            requestId: string;
            /** @description What the action did. Edits: changes [{field, before, after}] (AuditChange). */
            details: {
                [key: string]: unknown;
            };
        };
        /** @description A page of users. */
        UserList: {
            items: components["schemas"]["User"][];
            /** @description Cursor for the next page; null on the last page. */
            nextCursor: string | null;
            /**
             * Format: int64
             * @description Number of matching items.
             */
            total: number;
        };
        /** @description All departments; nextCursor is always null. */
        DepartmentList: {
            items: components["schemas"]["Department"][];
            /** @description Cursor for the next page; null on the last page. */
            nextCursor: string | null;
            /**
             * Format: int64
             * @description Number of matching items.
             */
            total: number;
        };
        /** @description All roles; nextCursor is always null. */
        RoleList: {
            items: components["schemas"]["Role"][];
            /** @description Cursor for the next page; null on the last page. */
            nextCursor: string | null;
            /**
             * Format: int64
             * @description Number of matching items.
             */
            total: number;
        };
        /** @description A page of audit entries, newest first. */
        AuditEntryList: {
            items: components["schemas"]["AuditEntry"][];
            /** @description Cursor for the next page; null on the last page. */
            nextCursor: string | null;
            /**
             * Format: int64
             * @description Not returned by this list (counting is expensive).
             */
            total?: number;
        };
        LoginRequest: {
            /**
             * @description Enterprise code.
             * @example demo
             */
            tenant: string;
            /**
             * @description Username or mobile number.
             * @example admin
             */
            username: string;
            /** Format: password */
            password: string;
            /** @description A challenge from an earlier 429 auth.challenge_required, with its solution. */
            challenge?: string;
            /** @description A string such that SHA-256(challenge ":" solution) starts with `difficulty` zero bits. */
            solution?: string;
        };
        LoginResponse: {
            /** @description Bearer token (the same value as the session cookie). */
            token: string;
            /** @description Send as X-CSRF-Token on cookie-authenticated mutations. */
            csrfToken: string;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            expiresAt: string;
            user: components["schemas"]["User"];
        };
        MeResponse: {
            user: components["schemas"]["User"];
            tenant: components["schemas"]["Tenant"];
            permissions: string[];
            /** @enum {string} */
            dataScope: "self" | "department" | "department_tree" | "all";
        };
        /** @description Create: name required. Change: absent fields stay unchanged. */
        DepartmentInput: {
            /** @description Trimmed; 1-50 characters (at most 150 bytes). */
            name?: string;
            /**
             * @description null moves it to the top level; an unknown id is invalid_value.
             * @example 1234567890123
             */
            parentId?: string | null;
            /**
             * Format: int64
             * @default 0
             */
            sortOrder?: number;
        };
        UserCreate: {
            username: string;
            /** @description Trimmed; 1-50 characters (at most 150 bytes). */
            name: string;
            /** Format: password */
            password: string;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            departmentId: string;
            /** @default [] */
            roleIds?: string[];
            /** @description Digits and '-', optional leading '+'; "" or null means none. */
            mobile?: string | null;
            /** @description "" or null means none. */
            email?: string | null;
            /** @default false */
            isDepartmentHead?: boolean;
            /** @default false */
            isExecutive?: boolean;
            /**
             * @default active
             * @enum {string}
             */
            status?: "active" | "resigned";
        };
        /** @description Absent fields stay unchanged; null (or "") clears mobile/email. username and password cannot be changed here (400 invalid_value). */
        UserPatch: {
            /** @description Trimmed; 1-50 characters (at most 150 bytes). */
            name?: string;
            mobile?: string | null;
            email?: string | null;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            departmentId?: string;
            /** @description Replaces the user's roles. */
            roleIds?: string[];
            isDepartmentHead?: boolean;
            isExecutive?: boolean;
            /** @enum {string} */
            status?: "active" | "resigned";
        };
        /** @description Create: name and dataScope required. Change: absent fields stay unchanged. */
        RoleInput: {
            /** @description Trimmed; 1-50 characters (at most 150 bytes). */
            name?: string;
            description?: string;
            /** @enum {string} */
            dataScope?: "self" | "department" | "department_tree" | "all";
            /** @description Each "module.action" from GET /api/v1/permissions; unknown ones are invalid_value. */
            permissions?: string[];
        };
        PasswordChange: {
            /** Format: password */
            currentPassword: string;
            /** Format: password */
            newPassword: string;
        };
        PasswordReset: {
            /** Format: password */
            password: string;
        };
        Health: {
            /** @enum {string} */
            status: "ok";
            /** @enum {string} */
            database: "ok";
            version: string;
        };
        PermissionCatalogue: {
            modules: {
                /** @example customer */
                module: string;
                /**
                 * @example [
                 *       "view",
                 *       "create",
                 *       "edit"
                 *     ]
                 */
                actions: string[];
            }[];
        };
        Customer: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            id: string;
            name: string;
            shortName: string;
            /** @description Unified social credit code (normalised, upper case). */
            creditCode: string | null;
            industry: string;
            scale: string;
            /** @enum {string} */
            level: "A" | "B" | "C" | "D";
            /** @enum {string} */
            status: "potential" | "interested" | "deal" | "lost";
            source: string;
            province: string;
            city: string;
            district: string;
            address: string;
            /** Format: double */
            lat: number | null;
            /** Format: double */
            lng: number | null;
            /** @description May arrive masked (138****5678) when phoneMasked. */
            phone: string | null;
            website: string;
            tags: string[];
            customFields: {
                [key: string]: unknown;
            };
            /**
             * @description null while in a pool.
             * @example 1234567890123
             */
            ownerId: string | null;
            /** @description null while in a pool. */
            ownerName: string | null;
            /** @description null while in a pool. */
            ownerDepartmentName: string | null;
            /**
             * @description Set while in a pool.
             * @example 1234567890123
             */
            poolId: string | null;
            /** @description Set while in a pool. */
            poolName: string | null;
            /**
             * @description The pool whose rules govern it while owned.
             * @example 1234567890123
             */
            homePoolId: string | null;
            homePoolName: string | null;
            locked: boolean;
            /**
             * Format: date-time
             * @description When the current owner received it (ISO-8601 UTC).
             * @example 2026-11-26T09:30:00Z
             */
            claimedAt: string | null;
            /**
             * Format: date-time
             * @description When it last went into a pool (ISO-8601 UTC).
             * @example 2026-11-26T09:30:00Z
             */
            releasedAt: string | null;
            /**
             * Format: int64
             * @description Times the sweep took it back.
             */
            timesReclaimed: number;
            previousOwnerName: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            lastFollowUpAt: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            lastDealAt: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            nextFollowUpAt: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            updatedAt: string;
            /** @description The protected fields (GET /api/v1/settings/field-protection) of the customer and its contacts are masked for the caller: phone, address, protected custom fields, the contacts' mobile, phone, email and WeChat, as the tenant protects them. */
            phoneMasked: boolean;
            /** @description The reclaim countdown: the earliest deadline of the home pool's rules; null in a pool and when exempt (deal, locked) or no rule applies. */
            reclaim: {
                /** @enum {string} */
                rule: "no_follow_up" | "no_deal" | "protection";
                /**
                 * Format: int64
                 * @description The rule's limit in days.
                 */
                days: number;
                /**
                 * @description The home pool.
                 * @example 1234567890123
                 */
                poolId: string | null;
                poolName: string;
                /**
                 * Format: date
                 * @description The day the clock started (YYYY-MM-DD, tenant's time zone).
                 * @example 2026-11-01
                 */
                startedOn: string;
                /**
                 * Format: date
                 * @description The day the sweep reclaims it (YYYY-MM-DD, tenant's time zone).
                 * @example 2026-11-17
                 */
                reclaimOn: string;
                /**
                 * Format: int64
                 * @description reclaimOn minus today; 0 or less when due.
                 * @example 4
                 */
                daysLeft: number;
            } | null;
            /**
             * Format: date
             * @description In a pool the caller held it in: while their cooldown lasts, the first date they may claim it back (the details.until of pool.cooldown); null otherwise. Set in pool lists (inPool, poolId) and the detail.
             * @example 2026-12-27
             */
            claimCooldownUntil: string | null;
        };
        CustomerDetail: components["schemas"]["Customer"] & {
            contacts: components["schemas"]["Contact"][];
            team: components["schemas"]["TeamMember"][];
            canEdit: boolean;
            canRelease: boolean;
            canTransfer: boolean;
            canLock: boolean;
            canClaim: boolean;
        };
        /** @description A collaborator on a customer's team. */
        TeamMember: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            userId: string;
            name: string;
            /** @enum {string} */
            access: "read" | "write";
        };
        Contact: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            id: string;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            customerId: string;
            name: string;
            title: string;
            /** @description May arrive masked. */
            mobile: string | null;
            /** @description May arrive masked. */
            phone: string | null;
            /** @description May arrive masked. */
            email: string | null;
            /** @description May arrive masked. */
            wechat: string | null;
            /**
             * Format: date
             * @description YYYY-MM-DD.
             * @example 1985-06-01
             */
            birthday: string | null;
            isPrimary: boolean;
            notes: string;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            updatedAt: string;
        };
        /** @description Create: name required. Change: absent fields stay unchanged. */
        ContactInput: {
            /** @description Trimmed; 1-50 characters. */
            name?: string;
            title?: string;
            /** @description At least 5 digits; at most 30 bytes. "" or null clears it. */
            mobile?: string | null;
            /** @description At least 5 digits; at most 30 bytes. "" or null clears it. */
            phone?: string | null;
            /** @description Must contain '@'. "" or null clears it. */
            email?: string | null;
            /** @description "" or null clears it. */
            wechat?: string | null;
            /**
             * Format: date
             * @description YYYY-MM-DD. "" or null clears it.
             * @example 1985-06-01
             */
            birthday?: string | null;
            /** @default false */
            isPrimary?: boolean;
            notes?: string;
        };
        /** @description Change: absent fields stay unchanged. Text lengths are in characters. */
        CustomerInput: {
            /** @description Trimmed; 1-100 characters. */
            name?: string;
            shortName?: string;
            /** @description Unified social credit code: 18 (or old 15) characters after normalising. "" or null clears it. */
            creditCode?: string | null;
            industry?: string;
            scale?: string;
            /**
             * @default C
             * @enum {string}
             */
            level?: "A" | "B" | "C" | "D";
            /**
             * @default potential
             * @enum {string}
             */
            status?: "potential" | "interested" | "deal" | "lost";
            source?: string;
            province?: string;
            city?: string;
            district?: string;
            address?: string;
            website?: string;
            /** @description At least 5 digits. "" or null clears it. */
            phone?: string | null;
            /**
             * Format: double
             * @description Give lat and lng together; null clears.
             */
            lat?: number | null;
            /**
             * Format: double
             * @description Give lat and lng together; null clears.
             */
            lng?: number | null;
            /** @description Replaces the tags. */
            tags?: string[];
            /** @description Replaces the custom fields; at most 16000 bytes as JSON. */
            customFields?: {
                [key: string]: unknown;
            };
        };
        CustomerCreate: components["schemas"]["CustomerInput"] & {
            /**
             * @description Put it straight into this pool (one the caller is a member or admin of); no owner.
             * @example 1234567890123
             */
            poolId?: string;
            /**
             * @description Owner other than the caller: an active user in the caller's data scope.
             * @example 1234567890123
             */
            ownerId?: string;
            contacts?: (components["schemas"]["ContactInput"] & unknown)[];
        };
        CustomerBulkRequest: {
            items: components["schemas"]["CustomerCreate"][];
        };
        CustomerBulkResult: {
            /**
             * Format: int64
             * @description Rows created.
             */
            created: number;
            /**
             * Format: int64
             * @description Rows refused.
             */
            failed: number;
            items: components["schemas"]["CustomerBulkRow"][];
        };
        /** @description The result of one row: id when created, else error. */
        CustomerBulkRow: {
            /**
             * Format: int64
             * @description Position of the row in items (from 0).
             */
            index: number;
            /**
             * @description The new customer; null when refused.
             * @example 1234567890123
             */
            id: string | null;
            /** @description Why the row was refused, as error in Error: validation.failed (details.fields; field "" wrong_type when the row is not an object), customer.conflict, pool.limit_reached. */
            error: {
                /** @example customer.conflict */
                code: string;
                /** @description In the caller's language (Accept-Language). */
                message: string;
                details?: {
                    [key: string]: unknown;
                };
            } | null;
        };
        /** @description At least one of name, creditCode and phone. */
        ConflictCheckRequest: {
            name?: string;
            creditCode?: string;
            phone?: string;
            /**
             * @description A customer to leave out (the one being edited).
             * @example 1234567890123
             */
            excludeId?: string;
        };
        /** @description One matching customer; never the holder's name or phone. */
        ConflictMatch: {
            /** @enum {string} */
            matchedOn: "name" | "creditCode" | "phone";
            /** @enum {string} */
            where: "owned" | "pool" | "locked" | "deleted";
            /** @description The holder's department. */
            teamName: string | null;
            poolName: string | null;
            /**
             * Format: date
             * @description Last day it stays with its holder (YYYY-MM-DD).
             * @example 2026-11-17
             */
            protectedUntil: string | null;
            /**
             * @description Only when the caller may open it.
             * @example 1234567890123
             */
            customerId: string | null;
            /** @description Only when the caller may open it. */
            customerName: string | null;
            /**
             * @description What matched: a customer or a lead (not converted).
             * @enum {string}
             */
            kind: "customer" | "lead";
            /** @description Id of the matching lead when the caller may open it. */
            leadId: string | null;
            leadName: string | null;
        };
        ConflictCheckResult: {
            conflict: boolean;
            matches: components["schemas"]["ConflictMatch"][];
        };
        OwnerHistoryEntry: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            id: string;
            /** @enum {string} */
            action: "create" | "claim" | "assign" | "release" | "transfer" | "reclaim" | "lock" | "unlock" | "handover";
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            fromUserId: string | null;
            fromUserName: string | null;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            toUserId: string | null;
            toUserName: string | null;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            poolId: string | null;
            poolName: string | null;
            /** @description With release and handover; else "". */
            reason: string;
            /**
             * @description With reclaim; else "".
             * @enum {string}
             */
            rule: "" | "no_follow_up" | "no_deal" | "protection";
            /**
             * @description null for the automatic sweep.
             * @example 1234567890123
             */
            actorId: string | null;
            actorName: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            at: string;
        };
        /** @description A user, or a department (its users and those of its sub-departments). */
        PoolMember: {
            /** @enum {string} */
            type: "user" | "department";
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            id: string;
            name: string;
        };
        Pool: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            id: string;
            name: string;
            description: string;
            /** Format: int64 */
            sortOrder: number;
            /**
             * Format: int64
             * @description Customers in the pool now.
             */
            customerCount: number;
            /** @description The caller may claim from it. */
            isMember: boolean;
            /** @description The caller administers it. */
            isAdmin: boolean;
            members: components["schemas"]["PoolMember"][];
            admins: components["schemas"]["UserRef"][];
            rules: components["schemas"]["PoolRules"];
            /**
             * Format: int64
             * @description The version in effect now.
             */
            ruleVersion: number;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            ruleEffectiveAt: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            updatedAt: string;
            /**
             * @description customer: a public pool (公海); lead: a lead pool (线索池).
             * @enum {string}
             */
            kind: "customer" | "lead";
            /**
             * Format: int64
             * @description Leads in a lead pool now (0 for a customer pool).
             */
            leadCount: number;
        };
        UserRef: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            id: string;
            name: string;
        };
        /** @description The rule set of a pool (one version). */
        PoolRules: {
            /** @description Customers a user may own. */
            holdingLimit: number;
            /** @description Deal customers count against holdingLimit. */
            countDealCustomers: boolean;
            holdingLimitOverrides: {
                /**
                 * @description Id (a decimal 64-bit number as a string).
                 * @example 1234567890123
                 */
                userId: string;
                limit: number;
            }[];
            noFollowUp: {
                enabled: boolean;
                days: number;
                /** @description Overrides days for a customer level, e.g. {"A": 7}. */
                daysByLevel: {
                    A?: number;
                    B?: number;
                    C?: number;
                    D?: number;
                };
            };
            noDeal: {
                enabled: boolean;
                days: number;
                /** @description Overrides days for a customer level, e.g. {"A": 7}. */
                daysByLevel: {
                    A?: number;
                    B?: number;
                    C?: number;
                    D?: number;
                };
            };
            /** @description Kept until max(received + days, last follow-up + extendDays), never beyond received + maxDays. */
            protection: {
                enabled: boolean;
                days: number;
                extendDays: number;
                /** @description At least days. */
                maxDays: number;
            };
            /** @description Remind the owner this many days before reclaim. */
            reminderDays: number;
            dailyClaimLimit: number;
            /** @description Days before a previous owner may claim it back. */
            cooldownDays: number;
            lockLimit: number;
            /** @description Local hour after which the daily sweep runs. */
            sweepHour: number;
            /**
             * @description Reclaimed customers go to this pool; null: back to this pool.
             * @example 1234567890123
             */
            reclaimToPoolId: string | null;
            /**
             * Format: int64
             * @description Lead pools: leads waiting unassigned longer than this are reported to the pool's admins (default 4).
             */
            unassignedReminderHours: number;
        };
        /** @description A whole rule set: absent fields take the defaults shown. */
        PoolRulesInput: {
            /**
             * @description Customers a user may own.
             * @default 20
             */
            holdingLimit?: number;
            /**
             * @description Deal customers count against holdingLimit.
             * @default false
             */
            countDealCustomers?: boolean;
            /** @default [] */
            holdingLimitOverrides?: {
                /**
                 * @description Id (a decimal 64-bit number as a string).
                 * @example 1234567890123
                 */
                userId: string;
                limit: number;
            }[];
            noFollowUp?: {
                /** @default true */
                enabled?: boolean;
                /** @default 15 */
                days?: number;
                /**
                 * @description Overrides days for a customer level, e.g. {"A": 7}.
                 * @default {}
                 */
                daysByLevel?: {
                    A?: number;
                    B?: number;
                    C?: number;
                    D?: number;
                };
            };
            noDeal?: {
                /** @default true */
                enabled?: boolean;
                /** @default 30 */
                days?: number;
                /**
                 * @description Overrides days for a customer level, e.g. {"A": 7}.
                 * @default {}
                 */
                daysByLevel?: {
                    A?: number;
                    B?: number;
                    C?: number;
                    D?: number;
                };
            };
            /** @description Kept until max(received + days, last follow-up + extendDays), never beyond received + maxDays. */
            protection?: {
                /** @default false */
                enabled?: boolean;
                /** @default 7 */
                days?: number;
                /** @default 7 */
                extendDays?: number;
                /**
                 * @description At least days.
                 * @default 30
                 */
                maxDays?: number;
            };
            /**
             * @description Remind the owner this many days before reclaim.
             * @default 3
             */
            reminderDays?: number;
            /** @default 5 */
            dailyClaimLimit?: number;
            /**
             * @description Days before a previous owner may claim it back.
             * @default 30
             */
            cooldownDays?: number;
            /** @default 5 */
            lockLimit?: number;
            /**
             * @description Local hour after which the daily sweep runs.
             * @default 2
             */
            sweepHour?: number;
            /**
             * @description Reclaimed customers go to this pool; null: back to this pool.
             * @default null
             * @example 1234567890123
             */
            reclaimToPoolId?: string | null;
            /** Format: int64 */
            unassignedReminderHours?: number;
        };
        /** @description Create: name required. Change: absent fields stay unchanged. */
        PoolInput: {
            /** @description Not empty; at most 200 bytes. */
            name?: string;
            description?: string;
            /**
             * Format: int64
             * @default 0
             */
            sortOrder?: number;
            /** @description Who may claim; replaces the list. */
            members?: {
                /** @enum {string} */
                type: "user" | "department";
                /**
                 * @description Id (a decimal 64-bit number as a string).
                 * @example 1234567890123
                 */
                id: string;
            }[];
            /** @description User ids; replaces the list. */
            admins?: string[];
        };
        PoolCreate: components["schemas"]["PoolInput"] & {
            rules?: components["schemas"]["PoolRulesInput"];
            /**
             * @description customer: a public pool (公海); lead: a lead pool (线索池). Fixed once made.
             * @default customer
             * @enum {string}
             */
            kind?: "customer" | "lead";
        };
        RuleVersion: {
            /** Format: int64 */
            version: number;
            rules: components["schemas"]["PoolRules"];
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            effectiveAt: string;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            createdBy: string | null;
            createdByName: string;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            createdAt: string;
        };
        RulesUpdate: {
            rules: components["schemas"]["PoolRulesInput"];
            /**
             * Format: date-time
             * @description ISO-8601; default now; at most a day in the past.
             * @example 2026-11-26T09:30:00Z
             */
            effectiveAt?: string;
        };
        AssignRequest: {
            /**
             * @description The assignee: an active member of the pool.
             * @example 1234567890123
             */
            userId: string;
        };
        ReleaseRequest: {
            /** @description Why; not blank. */
            reason: string;
            /**
             * @description The pool to return it to; default its home pool.
             * @example 1234567890123
             */
            poolId?: string;
        };
        TransferRequest: {
            /**
             * @description The new owner: an active user in the caller's data scope.
             * @example 1234567890123
             */
            userId: string;
            /** @default false */
            keepPreviousOwnerInTeam?: boolean;
        };
        SweepItem: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            customerId: string;
            customerName: string;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            ownerId: string;
            ownerName: string;
            /**
             * @description The pool it goes to.
             * @example 1234567890123
             */
            poolId: string;
            poolName: string;
            /** @enum {string} */
            rule: "no_follow_up" | "no_deal" | "protection";
            /** Format: int64 */
            days: number;
            /**
             * Format: date
             * @description YYYY-MM-DD in the tenant's time zone.
             * @example 2026-11-01
             */
            startedOn: string;
            /**
             * Format: date
             * @description YYYY-MM-DD in the tenant's time zone.
             * @example 2026-11-17
             */
            reclaimOn: string;
        };
        SweepPreview: {
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            at: string;
            items: components["schemas"]["SweepItem"][];
            /** @description Customers per rule (rules without customers are left out). */
            byRule: {
                /** Format: int64 */
                no_follow_up?: number;
                /** Format: int64 */
                no_deal?: number;
                /** Format: int64 */
                protection?: number;
            };
            byOwner: {
                /**
                 * @description Id (a decimal 64-bit number as a string).
                 * @example 1234567890123
                 */
                ownerId: string;
                ownerName: string;
                /** Format: int64 */
                count: number;
            }[];
            /**
             * Format: int64
             * @description Number of items.
             */
            reclaimed: number;
            /**
             * Format: int64
             * @description Reminders the sweep would send.
             */
            reminders: number;
        };
        SweepRunRequest: {
            /**
             * Format: date-time
             * @description ISO-8601; default now.
             * @example 2026-11-26T09:30:00Z
             */
            at?: string;
        };
        SweepRunResult: {
            /**
             * Format: int64
             * @description Customers reclaimed.
             */
            reclaimed: number;
            /**
             * Format: int64
             * @description Reminders sent.
             */
            reminded: number;
            /**
             * Format: int64
             * @description Leads the sweep returned to their lead pools.
             */
            leadsReclaimed?: number;
        };
        HandoverPreview: {
            /**
             * Format: int64
             * @description How many customers the user owns.
             */
            customers: number;
            /** @description The first 200, most recently updated first. */
            items: components["schemas"]["Customer"][];
        };
        HandoverRequest: {
            /** @enum {string} */
            mode: "user" | "round_robin" | "pool";
            /**
             * @description With mode user: the receiver.
             * @example 1234567890123
             */
            toUserId?: string;
            /** @description With mode round_robin: receivers in turn. */
            toUserIds?: string[];
            /**
             * @description With mode pool: the pool; default each customer's home pool.
             * @example 1234567890123
             */
            poolId?: string;
        };
        HandoverResult: {
            /**
             * Format: int64
             * @description Customers moved.
             */
            moved: number;
        };
        Notification: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            id: string;
            /**
             * @description e.g. customer.reclaimed, customer.reclaim_soon, customer.assigned, customer.released, customer.transferred, customer.transferred_away, customer.handover, customer.team_added, followup.created, feed.like, feed.comment, feed.mention, discussion.message, discussion.mention, visit.plan_due (a planned visit is due; objectId the customer).
             * @example customer.reclaim_soon
             */
            type: string;
            /** @description The text rendered by the server from type and params in the request's language (Accept-Language). */
            title: string;
            body: string;
            /**
             * @description customer; feed (objectId a feed item id) for feed.like; or "" when it is about no single object.
             * @example customer
             */
            objectType: string;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            objectId: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            readAt: string | null;
            /** @description What the text is made of (customer, actor, count, date, time, reason, user, leaver); clients render it in their language by `type`. Empty for notifications written before parameters existed. */
            params: {
                [key: string]: string;
            };
        };
        UnreadCount: {
            /** Format: int64 */
            count: number;
        };
        /** @description A page of customers. */
        CustomerList: {
            items: components["schemas"]["Customer"][];
            /** @description Cursor for the next page; null on the last page. */
            nextCursor: string | null;
            /**
             * Format: int64
             * @description Only for narrow lists (mine, ownerId, poolId or inPool, without q).
             */
            total?: number;
        };
        /** @description All contacts of a customer; nextCursor is always null. */
        ContactList: {
            items: components["schemas"]["Contact"][];
            /** @description Cursor for the next page; null on the last page. */
            nextCursor: string | null;
            /**
             * Format: int64
             * @description Number of matching items.
             */
            total: number;
        };
        /** @description Ownership history, newest first; nextCursor is always null. */
        OwnerHistoryList: {
            items: components["schemas"]["OwnerHistoryEntry"][];
            /** @description Cursor for the next page; null on the last page. */
            nextCursor: string | null;
            /**
             * Format: int64
             * @description Number of matching items.
             */
            total: number;
        };
        /** @description All pools; nextCursor is always null. */
        PoolList: {
            items: components["schemas"]["Pool"][];
            /** @description Cursor for the next page; null on the last page. */
            nextCursor: string | null;
            /**
             * Format: int64
             * @description Number of matching items.
             */
            total: number;
        };
        /** @description Rule versions, newest first; nextCursor is always null. */
        RuleVersionList: {
            items: components["schemas"]["RuleVersion"][];
            /** @description Cursor for the next page; null on the last page. */
            nextCursor: string | null;
            /**
             * Format: int64
             * @description Number of matching items.
             */
            total: number;
        };
        /** @description A page of notifications, newest first. */
        NotificationList: {
            items: components["schemas"]["Notification"][];
            /** @description Cursor for the next page; null on the last page. */
            nextCursor: string | null;
            /**
             * Format: int64
             * @description Not returned by this list.
             */
            total?: number;
        };
        /** @description An uploaded file (a photo, voice note or document) that may be attached to a follow-up. */
        Attachment: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            id: string;
            /**
             * @description The uploaded file name (at most 200 bytes; "file" when the part had none).
             * @example 报价单.pdf
             */
            name: string;
            /**
             * @description Decided by the server from the bytes (and the extension for Office and text files), not taken from the client.
             * @example image/jpeg
             */
            contentType: string;
            /**
             * Format: int64
             * @description Bytes.
             * @example 48213
             */
            size: number;
            /** @description Hex SHA-256 of the bytes (files are stored once per hash). */
            sha256: string;
            /**
             * @description Where to download it: /api/v1/attachments/{id}.
             * @example /api/v1/attachments/1234567890123
             */
            url: string;
            /** @description contentType is image/* (show a thumbnail). */
            isImage: boolean;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            createdAt: string;
        };
        /** @description A follow-up record (跟进记录) on a customer. */
        FollowUp: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            id: string;
            /**
             * @description The customer; null for a follow-up of a lead not yet converted.
             * @example 1234567890123
             */
            customerId: string | null;
            customerName: string;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            authorId: string;
            authorName: string;
            /** @enum {string} */
            type: "call" | "visit" | "wechat" | "email" | "meeting" | "other";
            /** @description May be "" when attachments carry the content. */
            text: string;
            /**
             * @description The contact spoken to.
             * @example 1234567890123
             */
            contactId: string | null;
            contactName: string | null;
            /**
             * Format: date-time
             * @description The next follow-up planned with it (ISO-8601 UTC).
             * @example 2026-11-26T09:30:00Z
             */
            nextFollowUpAt: string | null;
            attachments: components["schemas"]["Attachment"][];
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            createdAt: string;
            /**
             * @description Its feed item (for likes and comments).
             * @example 1234567890123
             */
            feedItemId: string | null;
            /**
             * @description The lead it was written on (kept after the lead became a customer).
             * @example 1234567890123
             */
            leadId: string | null;
        };
        /** @description A new follow-up. text is required unless attachmentIds is not empty. */
        FollowUpInput: {
            /** @description At most 20000 bytes. Blank text needs at least one attachment. */
            text?: string;
            /**
             * @description Default other.
             * @default other
             * @enum {string}
             */
            type?: "call" | "visit" | "wechat" | "email" | "meeting" | "other";
            /** @description A contact of this customer. */
            contactId?: string;
            /**
             * Format: date-time
             * @description ISO-8601 with Z or an offset; not more than 24 hours in the past. Also becomes the customer's nextFollowUpAt.
             * @example 2026-11-30T02:00:00Z
             */
            nextFollowUpAt?: string;
            /** @description Ids from POST /api/v1/attachments, uploaded by the caller and not yet attached to anything. */
            attachmentIds?: string[];
            /** @description One of this customer's opportunities (validation.failed otherwise): the follow-up becomes its last activity. */
            opportunityId?: string;
        };
        Mention: {
            /**
             * @description The mentioned user.
             * @example 1234567890123
             */
            id: string;
            name: string;
        };
        /** @description A comment on a feed item, or a message in a customer's discussion thread. */
        Comment: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            id: string;
            /**
             * @description The feed item commented on; null for a customer discussion message.
             * @example 1234567890123
             */
            feedItemId: string | null;
            /**
             * @description The customer of the feed item or discussion; null for a feed item about no customer.
             * @example 1234567890123
             */
            customerId: string | null;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            authorId: string;
            authorName: string;
            text: string;
            mentions: components["schemas"]["Mention"][];
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            createdAt: string;
        };
        CommentInput: {
            /** @description Not blank; at most 8000 bytes. */
            text: string;
            /** @description User ids to @mention (active users of the tenant; repeats count once). */
            mentions?: string[];
        };
        /** @description One entry of the activity feed (动态). */
        FeedItem: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            id: string;
            /**
             * @description followup: a follow-up was written (followUp is set). customer.*: an ownership event; for customer.reclaim the actor is the owner who lost it. worklog: a work log was submitted (no customer). opportunity.moved: an opportunity changed stage (params). contract.activated: a contract became active (成交确认; params contractId, number, name, totalFen). lead.followup: a follow-up was written on a lead (no customer; params lead = the lead's name).
             * @enum {string}
             */
            type: "followup" | "customer.create" | "customer.claim" | "customer.release" | "customer.transfer" | "customer.reclaim" | "worklog" | "opportunity.moved" | "contract.activated" | "lead.followup";
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            actorId: string | null;
            actorName: string | null;
            actorDepartmentName: string | null;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            customerId: string | null;
            customerName: string | null;
            /** @description What the author wrote (a follow-up's text, a work log's summary) or a name (the customer of a customer.* event); never text phrased for the reader, which comes from type + params. */
            text: string;
            /**
             * @description Parameters the reader's language renders. worklog: kind (daily, weekly, monthly) and period (YYYY-MM-DD, the period's first day); the client shows e.g. 日报 2026-12-01：<text> / Daily report 2026-12-01: <text>. opportunity.moved: opportunityId, opportunityName, fromName, toName, toKind (open, won, lost, invalid) and direction (forward, back, close, reopen). Empty for other types and for work-log items written before 2026-12-06, whose text holds the label.
             * @example {
             *       "kind": "daily",
             *       "period": "2026-12-01"
             *     }
             */
            params: {
                [key: string]: string;
            };
            /** @description Set for type followup. */
            followUp: components["schemas"]["FollowUp"] | null;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            createdAt: string;
            /** Format: int64 */
            likeCount: number;
            likedByMe: boolean;
            /** Format: int64 */
            commentCount: number;
            /** @description The latest 3 comments, oldest first (all of them: GET /api/v1/feed/{id}/comments). */
            comments: components["schemas"]["Comment"][];
        };
        LikeState: {
            /** Format: int64 */
            likeCount: number;
            /** @description true after a like, false after an unlike. */
            likedByMe: boolean;
        };
        TeamMemberDetail: components["schemas"]["TeamMember"] & {
            /** @description "" when the user has no department. */
            departmentName: string;
            /** @description The owner (listed first, access write). */
            isOwner: boolean;
        };
        TeamMemberInput: {
            /** @description An active user other than the owner. */
            userId: string;
            /**
             * @description write lets the member write follow-ups. Default read.
             * @default read
             * @enum {string}
             */
            access?: "read" | "write";
        };
        TodoCustomer: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            customerId: string;
            customerName: string;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            nextFollowUpAt: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            lastFollowUpAt: string | null;
            /**
             * @description In reclaimSoon: days until the sweep reclaims it (0 or less when due); null in the other lists.
             * @example 2
             */
            daysLeft: number | null;
            /**
             * @description In reclaimSoon: the rule whose countdown ends first; null in the other lists.
             * @enum {string|null}
             */
            rule: "no_follow_up" | "no_deal" | "protection" | null;
        };
        /** @description The home page to-dos (首页待办) for the caller's own customers. Days are in the tenant's time zone. */
        Todos: {
            /** @description nextFollowUpAt is today; earliest first; at most 50. */
            followUpsDue: components["schemas"]["TodoCustomer"][];
            /** @description nextFollowUpAt is before today and no follow-up was written since; earliest first; at most 50. */
            overdue: components["schemas"]["TodoCustomer"][];
            /** @description No follow-up for more than forgottenDays days (counted from creation when never followed up); longest forgotten first; at most 50. */
            forgotten: components["schemas"]["TodoCustomer"][];
            /** @description The reclaim countdown ends within the home pool's reminder days (at least 1 day); fewest daysLeft first. */
            reclaimSoon: components["schemas"]["TodoCustomer"][];
            /**
             * @description The threshold used.
             * @example 150
             */
            forgottenDays: number;
            contractsEnding: {
                id: string;
                number: string;
                name: string;
                customerName: string;
                /** Format: date */
                endDate: string | null;
            }[];
            receivablesDue: {
                instalmentId: string;
                contractId: string;
                contractNumber: string;
                customerName: string;
                /** Format: date */
                dueDate: string;
                /** Format: int64 */
                owedFen: number;
                /** Format: int64 */
                overdueDays: number;
            }[];
        };
        /** @description An outgoing webhook of the tenant (e.g. a WeCom or DingTalk robot). */
        Webhook: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            id: string;
            /** @example https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=… */
            url: string;
            /**
             * @description Notification types to send (see Notification.type); empty: every event.
             * @example [
             *       "customer.reclaimed"
             *     ]
             */
            events: string[];
            /** @description Disabled webhooks get no new events (a test is still sent). */
            enabled: boolean;
            /** @description May deliver to a loopback, private or link-local address. */
            allowPrivate: boolean;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            updatedAt: string;
            /**
             * @description Status of its latest delivery; null before the first.
             * @enum {string|null}
             */
            lastStatus: "pending" | "delivered" | "failed" | null;
            /**
             * @description generic: the JSON event payload. wecom/dingtalk/feishu: the robot's own message shape; a robot answering errcode ≠ 0 (Feishu: code) is a failed delivery.
             * @enum {string}
             */
            kind: "generic" | "wecom" | "dingtalk" | "feishu";
            /**
             * @description Robots: plain text, or markdown (WeCom, DingTalk) / a card (Feishu).
             * @enum {string}
             */
            format: "text" | "markdown";
            /** @description A signing secret is stored (DingTalk 加签, Feishu 签名校验); it is never returned. */
            hasSecret: boolean;
        };
        /** @description Fields of a webhook; on PATCH only the fields present change. */
        WebhookInput: {
            /** @description http:// or https:// with a host that resolves; at most 2000 bytes. Required on create. */
            url?: string;
            /** @description Event types (no commas); empty or absent: every event. */
            events?: string[];
            /** @default true */
            enabled?: boolean;
            /**
             * @description Allow a host that resolves to a loopback, private, link-local or unspecified address.
             * @default false
             */
            allowPrivate?: boolean;
            /**
             * @description Default generic.
             * @enum {string}
             */
            kind?: "generic" | "wecom" | "dingtalk" | "feishu";
            /**
             * @description Default text.
             * @enum {string}
             */
            format?: "text" | "markdown";
            /** @description Signing secret (write-only); null or "" clears it; left out keeps it. */
            secret?: string | null;
        };
        /** @description One event queued for a webhook and its delivery attempts. */
        Delivery: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            id: string;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            webhookId: string;
            /** @example customer.reclaimed */
            event: string;
            /**
             * @description pending: waiting for (another) attempt; delivered: a 2xx answer; failed: every attempt failed.
             * @enum {string}
             */
            status: "pending" | "delivered" | "failed";
            /** Format: int64 */
            attempts: number;
            /** @description Why the last attempt failed, e.g. "HTTP 500", a connection error, or "webhook.private_address: …"; null once delivered. For robots, the robot's own code and message, e.g. "errcode 93000: invalid webhook url". */
            lastError: string | null;
            /**
             * Format: int64
             * @description HTTP status of the last answer; null when none came.
             */
            responseStatus: number | null;
            /**
             * Format: date-time
             * @description When it is tried next (ISO-8601 UTC); null once delivered or failed.
             * @example 2026-11-26T09:30:00Z
             */
            nextAttemptAt: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            deliveredAt: string | null;
        };
        WebhookTestResult: {
            /** @enum {boolean} */
            queued: true;
        };
        /** @description A page of follow-ups, newest first. */
        FollowUpList: {
            items: components["schemas"]["FollowUp"][];
            /** @description Cursor for the next page; null on the last page. */
            nextCursor: string | null;
            /**
             * Format: int64
             * @description Not returned by this list.
             */
            total?: number;
        };
        /** @description A page of feed items, newest first. */
        FeedItemList: {
            items: components["schemas"]["FeedItem"][];
            /** @description Cursor for the next page; null on the last page. */
            nextCursor: string | null;
            /**
             * Format: int64
             * @description Not returned by this list.
             */
            total?: number;
        };
        /** @description A page of comments, oldest first. */
        CommentList: {
            items: components["schemas"]["Comment"][];
            /** @description Cursor for the next page; null on the last page. */
            nextCursor: string | null;
            /**
             * Format: int64
             * @description Not returned by this list.
             */
            total?: number;
        };
        /** @description A customer's team, the owner first; nextCursor is always null. */
        TeamMemberDetailList: {
            items: components["schemas"]["TeamMemberDetail"][];
            /** @description Cursor for the next page; null on the last page. */
            nextCursor: string | null;
            /**
             * Format: int64
             * @description Number of members (the owner included).
             */
            total: number;
        };
        /** @description The tenant's webhooks, oldest first; nextCursor is always null. */
        WebhookList: {
            items: components["schemas"]["Webhook"][];
            /** @description Cursor for the next page; null on the last page. */
            nextCursor: string | null;
            /**
             * Format: int64
             * @description Number of webhooks.
             */
            total: number;
        };
        /** @description A page of deliveries, newest first. */
        DeliveryList: {
            items: components["schemas"]["Delivery"][];
            /** @description Cursor for the next page; null on the last page. */
            nextCursor: string | null;
            /**
             * Format: int64
             * @description Not returned by this list.
             */
            total?: number;
        };
        /** @description Figures the server fills in for the log's period from the author's own records. */
        WorkStats: {
            /**
             * Format: int64
             * @description Customers the author created.
             */
            newCustomers: number;
            /**
             * Format: int64
             * @description Follow-ups the author wrote.
             */
            followUps: number;
            /**
             * Format: int64
             * @description Of those, type visit.
             */
            visits: number;
            /**
             * Format: int64
             * @description Distinct customers followed up.
             */
            customersFollowed: number;
            /**
             * Format: int64
             * @description Always 0 for now.
             */
            opportunities: number;
            /**
             * Format: int64
             * @description In fen (0.01 CNY); always 0 for now.
             */
            contractAmountFen: number;
            /**
             * Format: int64
             * @description In fen (0.01 CNY); always 0 for now.
             */
            paymentAmountFen: number;
        };
        CustomerRef: {
            /**
             * @description The customer.
             * @example 1234567890123
             */
            id: string;
            /** @description "" when the customer no longer exists. */
            name: string;
        };
        /** @description A daily, weekly or monthly work log (日报/周报/月报); one per author, kind and period. */
        WorkLog: {
            /**
             * @description null for a draft not submitted yet.
             * @example 1234567890123
             */
            id: string | null;
            /** @enum {string} */
            kind: "daily" | "weekly" | "monthly";
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            authorId: string;
            /** @description "" in a draft not submitted yet. */
            authorName: string;
            /** @description The author's department; "" when none (and in a draft not submitted yet). */
            departmentName: string;
            /**
             * Format: date
             * @description First day of the period (the day; the week from Monday; the month), tenant's time zone.
             * @example 2026-11-26
             */
            periodStart: string;
            /**
             * Format: date
             * @description Last day of the period.
             * @example 2026-11-26
             */
            periodEnd: string;
            summary: string;
            plan: string;
            issues: string;
            stats: components["schemas"]["WorkStats"];
            /** @description Linked customers. */
            customers: components["schemas"]["CustomerRef"][];
            /**
             * Format: int64
             * @description People other than the author who opened it.
             */
            readCount: number;
            readByMe: boolean;
            /** @description Who opened it, first reader first; only in GET /api/v1/work-logs/{id} (empty elsewhere). */
            readers: components["schemas"]["UserRef"][];
            /**
             * @description The feed item (type worklog) added on first submission.
             * @example 1234567890123
             */
            feedItemId: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            createdAt: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            updatedAt: string | null;
        };
        WorkLogInput: {
            /** @enum {string} */
            kind: "daily" | "weekly" | "monthly";
            /**
             * Format: date
             * @description Any day of the period (YYYY-MM-DD, not in the future); default today in the tenant's time zone.
             * @example 2026-11-26
             */
            date?: string;
            /** @description Not blank; at most 20000 bytes. */
            summary: string;
            /** @description At most 20000 bytes. */
            plan?: string;
            /** @description At most 20000 bytes. */
            issues?: string;
            /** @description Customers to link: pool customers, or owned ones whose owner is in the caller's data scope. Replaces the links on resubmission. */
            customerIds?: string[];
        };
        /** @description A page of work logs, newest first. */
        WorkLogList: {
            items: components["schemas"]["WorkLog"][];
            /** @description Cursor for the next page; null on the last page. */
            nextCursor: string | null;
            /**
             * Format: int64
             * @description Not returned by this list.
             */
            total?: number;
        };
        /** @description Users, by name; nextCursor is always null. */
        UserRefList: {
            items: components["schemas"]["UserRef"][];
            /** @description Cursor for the next page; null on the last page. */
            nextCursor: string | null;
            /**
             * Format: int64
             * @description Number of users.
             */
            total: number;
        };
        /** @description A nearby customer's card: who it is, where, and whose — the same values as in GET /api/v1/customers (phones masked as usual), without the rest of the record (open GET /api/v1/customers/{id} for that) — with its distance from the centre. */
        NearbyCustomer: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            id: string;
            name: string;
            shortName: string;
            industry: string;
            /** @enum {string} */
            level: "A" | "B" | "C" | "D";
            /** @enum {string} */
            status: "potential" | "interested" | "deal" | "lost";
            city: string;
            district: string;
            address: string;
            /** Format: double */
            lat: number | null;
            /** Format: double */
            lng: number | null;
            /** @description May arrive masked (138****5678) when phoneMasked. */
            phone: string | null;
            /** @description The protected fields (GET /api/v1/settings/field-protection) of the customer and its contacts are masked for the caller: phone, address, protected custom fields, the contacts' mobile, phone, email and WeChat, as the tenant protects them. */
            phoneMasked: boolean;
            locked: boolean;
            /**
             * @description null while in a pool.
             * @example 1234567890123
             */
            ownerId: string | null;
            /** @description null while in a pool. */
            ownerName: string | null;
            /** @description null while in a pool. */
            ownerDepartmentName: string | null;
            /**
             * @description Set while in a pool.
             * @example 1234567890123
             */
            poolId: string | null;
            /** @description Set while in a pool. */
            poolName: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            lastFollowUpAt: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            nextFollowUpAt: string | null;
            /**
             * Format: double
             * @description Great-circle (haversine, mean Earth radius 6371008.8 m) distance from the centre in metres, rounded to 0.1 m.
             * @example 356.4
             */
            distanceM: number;
        };
        /** @description Customers within radius of the centre, nearest first (ties by id), at most limit of them. */
        NearbyResult: {
            items: components["schemas"]["NearbyCustomer"][];
            /** @description The centre asked for (in GCJ-02 with coord=gcj02). */
            center: {
                /**
                 * Format: double
                 * @example 39.9042
                 */
                lat: number;
                /**
                 * Format: double
                 * @example 116.4074
                 */
                lng: number;
            };
            /**
             * Format: double
             * @description The radius used, in metres.
             * @example 2000
             */
            radius: number;
        };
        /** @description Why a check-in is not verified. far_from_customer: farther from the customer's site than maxDistanceM (details distanceM, maxDistanceM); poor_accuracy: accuracyM above maxAccuracyM (details accuracyM, maxAccuracyM); static_coordinates: exactly the coordinates of the caller's previous 3 check-ins (real GPS drifts); impossible_speed: more than 1 km from the caller's previous check-in at above maxSpeedKmh (details speedKmh, maxSpeedKmh); mock_location: the client reported mock location; reused_photo: an attached file's SHA-256 was attached to an earlier check-in of the tenant; photo_time_mismatch: photoTakenAt more than photoMaxAgeMinutes away from the fix's time, capturedAt (details minutes); no_customer_location: the customer had no coordinates and this check-in fixed them (only when there is no other reason). late_upload: received more than 10 minutes after capturedAt, e.g. captured offline and sent when back online (details delayMinutes, lateAfterMinutes); it is shown but is not a sign of forgery: alone it leaves the check-in verified (or unverifiable), never suspicious, and it is never blocked. */
        CheckInReason: {
            /** @enum {string} */
            code: "far_from_customer" | "poor_accuracy" | "static_coordinates" | "impossible_speed" | "mock_location" | "reused_photo" | "photo_time_mismatch" | "no_customer_location" | "late_upload";
            /**
             * @description For people (Chinese).
             * @example 签到位置距离客户地址过远
             */
            message: string;
            /**
             * @description Numbers that explain it (may be empty).
             * @example {
             *       "distanceM": 1834.2,
             *       "maxDistanceM": 500
             *     }
             */
            details: {
                [key: string]: number;
            };
        };
        /** @description A field-visit check-in (签到), scored by the server. */
        CheckIn: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            id: string;
            /**
             * @description Who checked in.
             * @example 1234567890123
             */
            userId: string;
            userName: string;
            /**
             * @description The customer visited; null for a check-in without a customer.
             * @example 1234567890123
             */
            customerId: string | null;
            /** @description null without a customer. */
            customerName: string | null;
            /**
             * Format: double
             * @description WGS-84 (GCJ-02 with ?coord=gcj02 on GET).
             * @example 39.9042
             */
            lat: number;
            /**
             * Format: double
             * @description WGS-84 (GCJ-02 with ?coord=gcj02 on GET).
             * @example 116.4074
             */
            lng: number;
            /**
             * Format: double
             * @description The accuracy the device reported, in metres.
             * @example 15
             */
            accuracyM: number;
            /** @description The location provider the client named (gps, network, …); "" when not given. */
            provider: string;
            /** @description The client reported a mock location. */
            mockLocation: boolean;
            purpose: string;
            notes: string;
            /**
             * Format: double
             * @description Distance to the customer's site in metres (0.1 m); null without a customer or when the customer had no coordinates.
             */
            distanceM: number | null;
            /**
             * Format: date-time
             * @description When the server received the check-in (server time; the client cannot set it). The same instant as receivedAt; kept for lists, sorting and the statistics.
             * @example 2026-11-26T09:30:00Z
             */
            at: string;
            /**
             * @description verified: no reason; unverifiable: only no_customer_location; suspicious: any other reason.
             * @enum {string}
             */
            score: "verified" | "suspicious" | "unverifiable";
            reasons: components["schemas"]["CheckInReason"][];
            /** @description Photos attached to the check-in. */
            attachments: components["schemas"]["Attachment"][];
            /**
             * @description The follow-up (type visit) written on the customer; null without a customer.
             * @example 1234567890123
             */
            followUpId: string | null;
            /** @description This check-in set the customer's coordinates (客户标注): the customer had none. */
            fixedCustomerLocation: boolean;
            /**
             * Format: date-time
             * @description Capture time of the photo as the client reported it.
             */
            photoTakenAt: string | null;
            /**
             * @description Where the client read photoTakenAt: the photo's EXIF DateTimeOriginal, or the file's last-modified time.
             * @enum {string|null}
             */
            photoTimeSource: "exif" | "file" | null;
            /**
             * Format: date-time
             * @description When the device took the fix this check-in reports: the client's capturedAt, or the receipt time when the client did not send one. Scoring (speed, photo time) and the day of the visit use it.
             * @example 2026-11-26T09:10:00Z
             */
            capturedAt: string;
            /**
             * Format: date-time
             * @description When the server received the check-in (= at). More than 10 minutes after capturedAt adds the reason late_upload.
             * @example 2026-11-26T09:30:00Z
             */
            receivedAt: string;
        };
        /** @description A check-in. The server stamps its own time. */
        CheckInInput: {
            /**
             * Format: double
             * @description Latitude in degrees (a JSON number).
             * @example 39.9042
             */
            lat: number;
            /**
             * Format: double
             * @description Longitude in degrees (a JSON number).
             * @example 116.4074
             */
            lng: number;
            /**
             * Format: double
             * @description Accuracy the device reports, in metres.
             * @example 15
             */
            accuracyM: number;
            /** @description Location provider (gps, network, …). */
            provider?: string;
            /**
             * @description The device reports a mock (simulated) location.
             * @default false
             */
            mockLocation?: boolean;
            /** @description The customer visited: one the caller owns, has in their data scope or is on the team of with write access. */
            customerId?: string;
            purpose?: string;
            notes?: string;
            /** @description Photos: ids from POST /api/v1/attachments, uploaded by the caller and not yet attached to anything. */
            attachmentIds?: string[];
            /**
             * Format: date-time
             * @description When the client says the photo was taken (ISO-8601 with Z or an offset).
             * @example 2026-11-26T09:30:00Z
             */
            photoTakenAt?: string;
            /**
             * @description gcj02: lat and lng are GCJ-02 (as Chinese map providers give them) and are converted to WGS-84.
             * @default wgs84
             * @enum {string}
             */
            coord?: "wgs84" | "gcj02";
            /**
             * @description Where photoTakenAt comes from; needs photoTakenAt.
             * @enum {string}
             */
            photoTimeSource?: "exif" | "file";
            /**
             * Format: date-time
             * @description When the device took the fix (ISO-8601 with Z or an offset); left out = now. At most 5 minutes ahead of the server's clock (400 checkin.captured_in_future) and at most 7 days old (400 checkin.captured_too_old). A client that queues a check-in offline sends the time of the fix here.
             * @example 2026-11-26T09:10:00Z
             */
            capturedAt?: string;
        };
        /** @description A page of check-ins, newest first. */
        CheckInList: {
            items: components["schemas"]["CheckIn"][];
            /** @description Cursor for the next page; null on the last page. */
            nextCursor: string | null;
            /**
             * Format: int64
             * @description Not returned by this list.
             */
            total?: number;
        };
        /** @description The tenant's check-in policy (defaults: flag, 500 m, 200 m, 200 km/h, 30 minutes). */
        CheckInPolicy: {
            /**
             * @description flag: suspicious check-ins are saved with their reasons; block: they are refused (422 checkin.suspicious) and nothing is written.
             * @default flag
             * @enum {string}
             */
            policy: "flag" | "block";
            /**
             * Format: double
             * @description far_from_customer above this distance (metres).
             * @default 500
             */
            maxDistanceM: number;
            /**
             * Format: double
             * @description poor_accuracy above this accuracy (metres).
             * @default 200
             */
            maxAccuracyM: number;
            /**
             * Format: double
             * @description impossible_speed above this speed from the previous check-in (km/h).
             * @default 200
             */
            maxSpeedKmh: number;
            /**
             * @description photo_time_mismatch when photoTakenAt is more than this many minutes away from the server time.
             * @default 30
             */
            photoMaxAgeMinutes: number;
        };
        /** @description Fields to change; omitted fields keep their current value. */
        CheckInPolicyInput: {
            /**
             * @description flag: suspicious check-ins are saved with their reasons; block: they are refused (422 checkin.suspicious) and nothing is written.
             * @enum {string}
             */
            policy?: "flag" | "block";
            /**
             * Format: double
             * @description far_from_customer above this distance (metres).
             */
            maxDistanceM?: number;
            /**
             * Format: double
             * @description poor_accuracy above this accuracy (metres).
             */
            maxAccuracyM?: number;
            /**
             * Format: double
             * @description impossible_speed above this speed from the previous check-in (km/h).
             */
            maxSpeedKmh?: number;
            /** @description photo_time_mismatch when photoTakenAt is more than this many minutes away from the server time. */
            photoMaxAgeMinutes?: number;
        };
        /** @description The tenant's map tiles (地图底图). */
        MapSettings: {
            /**
             * @description amap (高德) and tencent (腾讯): their public tiles, in GCJ-02 (the web converts WGS-84 points inside mainland China before drawing them); osm: OpenStreetMap, WGS-84, for outside China; custom: customUrl; none: no tiles, the maps draw the offline outline of China's provinces and cities under their points.
             * @enum {string}
             */
            preset: "amap" | "tencent" | "osm" | "custom" | "none";
            /** @description The tile URL template of preset custom ("" until set): http or https, with {x}, {y} (or {-y}, rows counted from the south) and {z}, optionally {s} (subdomains a, b, c). Kept while another preset is on. */
            customUrl: string;
            /** @description The custom tiles are in GCJ-02 (as Chinese providers' are): the maps convert their points to GCJ-02. */
            customGcj02: boolean;
            /** @description Nothing is stored yet: preset is the default for the tenant's time zone. */
            isDefault: boolean;
        };
        /** @description New map tiles. */
        MapSettingsInput: {
            /**
             * @description amap (高德) and tencent (腾讯): their public tiles, in GCJ-02 (the web converts WGS-84 points inside mainland China before drawing them); osm: OpenStreetMap, WGS-84, for outside China; custom: customUrl; none: no tiles, the maps draw the offline outline of China's provinces and cities under their points.
             * @enum {string}
             */
            preset: "amap" | "tencent" | "osm" | "custom" | "none";
            /** @description The tile URL template of preset custom ("" until set): http or https, with {x}, {y} (or {-y}, rows counted from the south) and {z}, optionally {s} (subdomains a, b, c). Kept while another preset is on. */
            customUrl?: string;
            /** @description The custom tiles are in GCJ-02 (as Chinese providers' are): the maps convert their points to GCJ-02. */
            customGcj02?: boolean;
        };
        /** @description A planned customer visit (拜访计划). */
        VisitPlan: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            id: string;
            /**
             * @description Who plans the visit (its creator).
             * @example 1234567890123
             */
            userId: string;
            userName: string;
            /**
             * @description The customer to visit.
             * @example 1234567890123
             */
            customerId: string;
            customerName: string;
            /**
             * Format: date-time
             * @description When the visit is planned.
             * @example 2026-11-26T09:30:00Z
             */
            plannedAt: string;
            /** @description A visit.plan_due notification goes to the planner at plannedAt minus this many minutes; null: no reminder. */
            remindMinutesBefore: number | null;
            notes: string;
            /**
             * @description done: the planner checked in at its customer on the plan's day (checkInId); missed: its day (tenant's time zone) has passed without such a check-in.
             * @enum {string}
             */
            status: "planned" | "done" | "missed";
            /**
             * @description The check-in that did it, once done.
             * @example 1234567890123
             */
            checkInId: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             * @example 2026-11-26T09:30:00Z
             */
            createdAt: string;
        };
        /** @description A new visit plan. */
        VisitPlanInput: {
            /** @description A customer the caller may see. */
            customerId: string;
            /**
             * Format: date-time
             * @description ISO-8601 with Z or an offset.
             * @example 2026-11-26T09:30:00Z
             */
            plannedAt: string;
            /** @description Minutes before plannedAt to remind the planner (visit.plan_due notification); null or omitted: no reminder. */
            remindMinutesBefore?: number | null;
            notes?: string;
        };
        /** @description Fields to change; omitted fields stay. The customer cannot be changed. Changing plannedAt or remindMinutesBefore re-arms the reminder. */
        VisitPlanPatch: {
            /**
             * Format: date-time
             * @description ISO-8601 with Z or an offset.
             * @example 2026-11-26T09:30:00Z
             */
            plannedAt?: string;
            /** @description null: no reminder. */
            remindMinutesBefore?: number | null;
            notes?: string;
        };
        /** @description Visit plans by plannedAt (at most 1000; not paged). */
        VisitPlanList: {
            items: components["schemas"]["VisitPlan"][];
            /** @description Always null (not paged). */
            nextCursor: string | null;
            /**
             * Format: int64
             * @description Number of items.
             */
            total: number;
        };
        /** @description Check-ins in the caller's data scope within [from, to). */
        VisitStats: {
            /** @description One row per user with check-ins in the period or with live customers owned now, most visits first (then the most never-visited and forgotten customers, then by name). */
            byUser: {
                /**
                 * @description The user.
                 * @example 1234567890123
                 */
                userId: string;
                name: string;
                departmentName: string;
                /**
                 * Format: int64
                 * @description Check-ins.
                 */
                visits: number;
                /**
                 * Format: int64
                 * @description Distinct customers checked in at.
                 */
                customersVisited: number;
                /**
                 * Format: int64
                 * @description Check-ins scored suspicious.
                 */
                suspicious: number;
                /**
                 * Format: int64
                 * @description Live customers the user owns that were never visited (not limited to the period).
                 */
                neverVisited: number;
                /**
                 * Format: int64
                 * @description Live customers the user owns last visited more than forgottenDays days ago (not limited to the period).
                 */
                forgotten: number;
            }[];
            /** @description The 50 most visited customers, most visits first. */
            byCustomer: {
                /**
                 * @description The customer.
                 * @example 1234567890123
                 */
                customerId: string;
                name: string;
                /** Format: int64 */
                visits: number;
            }[];
            total: {
                /** Format: int64 */
                visits: number;
                /**
                 * Format: int64
                 * @description Distinct customers.
                 */
                customersVisited: number;
                /**
                 * Format: int64
                 * @description The sum of byUser's neverVisited.
                 */
                neverVisited: number;
                /**
                 * Format: int64
                 * @description The sum of byUser's forgotten.
                 */
                forgotten: number;
            };
            /** @description The forgottenDays the counts were made with. */
            forgottenDays: number;
        };
        SetupState: {
            /** @description True while the database holds no company. */
            needed: boolean;
        };
        SetupRequest: {
            /**
             * @description Enterprise code (企业代码): 2-32 of a-z, 0-9 and '-'; stored in lower case.
             * @example acme
             */
            code: string;
            /** @example 艾克米贸易有限公司 */
            name: string;
            /** @description 2-64 characters, no spaces. */
            adminUsername: string;
            /** Format: password */
            adminPassword: string;
            /** @description Display name; defaults to the username. */
            adminName?: string;
            /**
             * @description IANA time zone (default Asia/Shanghai).
             * @example Asia/Shanghai
             */
            timeZone?: string;
        };
        SetupResult: {
            tenantId: string;
            code: string;
            name: string;
            adminUserId: string;
        };
        MessageSettings: {
            /**
             * @description Language of robot messages.
             * @enum {string}
             */
            language: "zh-CN" | "en";
            /**
             * @description Where people open the web app (http(s), no query); robot messages and generic payloads link to <publicBaseUrl>/customers/<id>. Empty: robot messages carry no link, generic payloads a relative one.
             * @example https://crm.example.com
             */
            publicBaseUrl: string;
        };
        /** @description A lead (线索): the simple information a channel brings. */
        Lead: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            id: string;
            name: string;
            company: string;
            creditCode: string | null;
            mobile: string | null;
            phone: string | null;
            email: string | null;
            wechat: string | null;
            title: string;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            sourceId: string | null;
            sourceName: string | null;
            campaign: string;
            province: string;
            city: string;
            industry: string;
            /** @enum {string} */
            status: "new" | "contacting" | "qualified" | "converted" | "invalid";
            invalidReason: string;
            tags: string[];
            customFields: Record<string, never>;
            notes: string;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            ownerId: string | null;
            ownerName: string | null;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            poolId: string | null;
            poolName: string | null;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            homePoolId: string | null;
            homePoolName: string | null;
            /**
             * @description The push rule that gave it to its owner.
             * @example 1234567890123
             */
            assignedRuleId: string | null;
            assignedRuleName: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             */
            assignedAt: string | null;
            /**
             * @description The customer it matched (linked) or became.
             * @example 1234567890123
             */
            customerId: string | null;
            customerName: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             */
            convertedAt: string | null;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            convertedContactId: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             */
            firstContactAt: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             */
            lastFollowUpAt: string | null;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            formId: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             */
            updatedAt: string;
            /** @description The protected fields (GET /api/v1/settings/field-protection) are masked (138****5678): mobile, phone, email, WeChat and protected custom fields, as the tenant protects them. */
            contactMasked: boolean;
            /** @description The reclaim countdown of an owned open lead (no_deal = not converted in time). */
            reclaim: {
                /** @enum {string} */
                rule: "no_follow_up" | "no_deal" | "protection";
                /** Format: int64 */
                days: number;
                /**
                 * @description Id (a decimal 64-bit number as a string).
                 * @example 1234567890123
                 */
                poolId: string;
                poolName: string;
                /** Format: date */
                startedOn: string;
                /** Format: date */
                reclaimOn: string;
                /** Format: int64 */
                daysLeft: number;
            } | null;
        };
        /** @description A lead with what the caller may do with it; readOnly once converted. */
        LeadDetail: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            id: string;
            name: string;
            company: string;
            creditCode: string | null;
            mobile: string | null;
            phone: string | null;
            email: string | null;
            wechat: string | null;
            title: string;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            sourceId: string | null;
            sourceName: string | null;
            campaign: string;
            province: string;
            city: string;
            industry: string;
            /** @enum {string} */
            status: "new" | "contacting" | "qualified" | "converted" | "invalid";
            invalidReason: string;
            tags: string[];
            customFields: Record<string, never>;
            notes: string;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            ownerId: string | null;
            ownerName: string | null;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            poolId: string | null;
            poolName: string | null;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            homePoolId: string | null;
            homePoolName: string | null;
            /**
             * @description The push rule that gave it to its owner.
             * @example 1234567890123
             */
            assignedRuleId: string | null;
            assignedRuleName: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             */
            assignedAt: string | null;
            /**
             * @description The customer it matched (linked) or became.
             * @example 1234567890123
             */
            customerId: string | null;
            customerName: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             */
            convertedAt: string | null;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            convertedContactId: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             */
            firstContactAt: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             */
            lastFollowUpAt: string | null;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            formId: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             */
            updatedAt: string;
            /** @description The protected fields (GET /api/v1/settings/field-protection) are masked (138****5678): mobile, phone, email, WeChat and protected custom fields, as the tenant protects them. */
            contactMasked: boolean;
            /** @description The reclaim countdown of an owned open lead (no_deal = not converted in time). */
            reclaim: {
                /** @enum {string} */
                rule: "no_follow_up" | "no_deal" | "protection";
                /** Format: int64 */
                days: number;
                /**
                 * @description Id (a decimal 64-bit number as a string).
                 * @example 1234567890123
                 */
                poolId: string;
                poolName: string;
                /** Format: date */
                startedOn: string;
                /** Format: date */
                reclaimOn: string;
                /** Format: int64 */
                daysLeft: number;
            } | null;
            canEdit: boolean;
            canClaim: boolean;
            canRelease: boolean;
            canConvert: boolean;
            readOnly: boolean;
        };
        LeadList: {
            items: components["schemas"]["Lead"][];
            nextCursor?: string | null;
        };
        /** @description Fields of a lead; on create a name or company and one of mobile, phone, email, WeChat are required. */
        LeadInput: {
            name?: string;
            company?: string;
            mobile?: string | null;
            phone?: string | null;
            email?: string | null;
            wechat?: string | null;
            title?: string;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            sourceId?: string | null;
            campaign?: string;
            province?: string;
            city?: string;
            industry?: string;
            creditCode?: string | null;
            tags?: string[];
            customFields?: Record<string, never>;
            notes?: string;
        };
        /** @description A new lead. */
        LeadCreate: {
            name?: string;
            company?: string;
            mobile?: string | null;
            phone?: string | null;
            email?: string | null;
            wechat?: string | null;
            title?: string;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            sourceId?: string | null;
            campaign?: string;
            province?: string;
            city?: string;
            industry?: string;
            creditCode?: string | null;
            tags?: string[];
            customFields?: Record<string, never>;
            notes?: string;
            /**
             * @description Into this lead pool (its push rules run) instead of owning it.
             * @example 1234567890123
             */
            poolId?: string | null;
            /**
             * @description For someone in the caller's scope.
             * @example 1234567890123
             */
            ownerId?: string | null;
            /** @description Create despite a conflict; the lead is linked to the matching customer. */
            force?: boolean;
        };
        LeadBulkRequest: {
            items: components["schemas"]["LeadInput"][];
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            poolId?: string | null;
        };
        LeadBulkRow: {
            /** Format: int64 */
            index: number;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            id: string | null;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            linkedCustomerId: string | null;
            /** @description Why the row was refused, as error in Error (message in the caller's language): validation.failed (details.fields; field "" wrong_type when the row is not an object). A row matching a customer or lead is not refused: it is created and linked (linkedCustomerId). */
            error: {
                /** @example validation.failed */
                code: string;
                /** @description In the caller's language (Accept-Language). */
                message: string;
                details?: {
                    [key: string]: unknown;
                };
            } | null;
        };
        LeadBulkResult: {
            /** Format: int64 */
            created: number;
            /** Format: int64 */
            failed: number;
            items: components["schemas"]["LeadBulkRow"][];
        };
        /** @description A matching customer or lead, disclosed as the caller may learn of it. */
        LeadMatch: {
            /** @enum {string} */
            matchedOn: "name" | "creditCode" | "phone";
            /** @enum {string} */
            where: "owned" | "pool" | "locked" | "deleted";
            /** @description The holder's department. */
            teamName: string | null;
            poolName: string | null;
            /**
             * Format: date
             * @description Last day it stays with its holder (YYYY-MM-DD).
             * @example 2026-11-17
             */
            protectedUntil: string | null;
            /**
             * @description Only when the caller may open it.
             * @example 1234567890123
             */
            customerId: string | null;
            /** @description Only when the caller may open it. */
            customerName: string | null;
            /**
             * @description What matched: a customer or a lead (not converted).
             * @enum {string}
             */
            kind: "customer" | "lead";
            /** @description Id of the matching lead when the caller may open it. */
            leadId: string | null;
            leadName: string | null;
        };
        LeadConflictRequest: {
            name?: string;
            company?: string;
            creditCode?: string | null;
            phone?: string | null;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            excludeLeadId?: string;
        };
        LeadConflictResult: {
            conflict: boolean;
            matches: components["schemas"]["LeadMatch"][];
        };
        LeadStatusRequest: {
            /** @enum {string} */
            status: "new" | "contacting" | "qualified" | "invalid";
            reason?: string;
        };
        LeadHistoryEntry: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            id: string;
            /** @enum {string} */
            action: "create" | "claim" | "assign" | "push" | "release" | "transfer" | "reclaim" | "convert" | "status";
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            fromUserId: string | null;
            fromUserName: string | null;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            toUserId: string | null;
            toUserName: string | null;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            poolId: string | null;
            poolName: string | null;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            ruleId: string | null;
            ruleName: string | null;
            reason: string;
            rule: string;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            actorId: string | null;
            actorName: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             */
            at: string;
        };
        LeadHistoryList: {
            items: components["schemas"]["LeadHistoryEntry"][];
            nextCursor?: string | null;
        };
        LeadFollowUpInput: {
            type?: string;
            text: string;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             */
            nextFollowUpAt?: string;
        };
        LeadConvertRequest: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            customerId?: string;
            /** @description Overrides of the mapped customer fields (name, shortName, industry, scale, level, status, province, city, district, address). */
            customer?: Record<string, never>;
            contact?: {
                name?: string;
                title?: string;
            };
            /** @description Also make an opportunity (商机) for the customer, in the same transaction: owned by the customer's owner, linked to the lead (leadId), in the first open stage of processId or of the default process. */
            opportunity?: {
                name: string;
                /**
                 * Format: int64
                 * @description Integer fen.
                 */
                amountFen?: number;
                /** Format: date */
                expectedCloseDate?: string;
                /**
                 * @description Id (a decimal 64-bit number as a string).
                 * @example 1234567890123
                 */
                processId?: string;
            } | null;
        };
        LeadConvertResult: {
            lead: components["schemas"]["LeadDetail"];
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            customerId: string;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            contactId: string | null;
            /** @description true: attached to an existing customer. */
            attached: boolean;
            /**
             * @description The opportunity made with `opportunity`; null without it.
             * @example 1234567890123
             */
            opportunityId: string | null;
        };
        ConversionMapping: {
            fields: {
                lead: string;
                /** @description customer.<field> or contact.<field> */
                customer: string;
            }[];
        };
        LeadSource: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            id: string;
            name: string;
            enabled: boolean;
            /** Format: int64 */
            sortOrder: number;
            costs: {
                month: string;
                /**
                 * Format: int64
                 * @description Fen.
                 */
                amount: number;
            }[];
        };
        LeadSourceInput: {
            name?: string;
            enabled?: boolean;
            /** Format: int64 */
            sortOrder?: number;
            costs?: {
                month: string;
                /**
                 * Format: int64
                 * @description Fen.
                 */
                amount: number;
            }[];
        };
        LeadSourceList: {
            items: components["schemas"]["LeadSource"][];
            nextCursor?: string | null;
        };
        PushRule: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            id: string;
            name: string;
            enabled: boolean;
            /** Format: int64 */
            position: number;
            /** @description Empty lists match anything. */
            match: {
                provinces?: string[];
                cities?: string[];
                industries?: string[];
                sourceIds?: string[];
                campaigns?: string[];
            };
            /** @enum {string} */
            strategy: "round_robin" | "least_loaded" | "user";
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            userId: string | null;
            userName: string | null;
            members: {
                /**
                 * @description Id (a decimal 64-bit number as a string).
                 * @example 1234567890123
                 */
                userId: string;
                userName: string;
                /** Format: int64 */
                order: number;
                /** Format: int64 */
                dailyCap: number | null;
                paused: boolean;
            }[];
        };
        PushRuleList: {
            items: components["schemas"]["PushRule"][];
            nextCursor?: string | null;
        };
        PushRulesUpdate: {
            rules: Record<string, never>[];
        };
        LeadFormField: {
            /** @enum {string} */
            key: "name" | "company" | "mobile" | "phone" | "email" | "wechat" | "title" | "province" | "city" | "industry" | "notes";
            /** @description The label on the page; "" for the web app's own. */
            label: string;
            required: boolean;
        };
        LeadForm: {
            id: string;
            name: string;
            token: string;
            /** @description /f/<token>, the public page. */
            url: string;
            poolId: string;
            /** @description null once the pool is deleted (the form then takes nothing). */
            poolName: string | null;
            sourceId: string | null;
            sourceName: string | null;
            campaign: string;
            enabled: boolean;
            fields: components["schemas"]["LeadFormField"][];
            thanks: string;
            /**
             * Format: int64
             * @description Submissions a minute the form takes on each node.
             */
            perMinute: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        LeadFormList: {
            items: components["schemas"]["LeadForm"][];
            nextCursor: string | null;
            /** Format: int64 */
            total?: number;
        };
        LeadFormInput: {
            name: string;
            /** @description A lead pool of the tenant. */
            poolId: string;
            /** @description A lead source of the tenant. */
            sourceId?: string | null;
            campaign?: string;
            /** @description Keys once each; at least name or company, and mobile, phone, email or wechat. */
            fields?: components["schemas"]["LeadFormField"][];
            thanks?: string;
            /** @default true */
            enabled?: boolean;
            /** @default 600 */
            perMinute?: number;
        };
        LeadFormPatch: {
            name?: string;
            /** @description A lead pool of the tenant. */
            poolId?: string;
            /** @description A lead source of the tenant. */
            sourceId?: string | null;
            campaign?: string;
            /** @description Keys once each; at least name or company, and mobile, phone, email or wechat. */
            fields?: components["schemas"]["LeadFormField"][];
            thanks?: string;
            /** @default true */
            enabled?: boolean;
            /** @default 600 */
            perMinute?: number;
            /** @description true: a new token. */
            rotateToken?: boolean;
        };
        PublicForm: {
            name: string;
            fields: components["schemas"]["LeadFormField"][];
            thanks: string;
        };
        PublicFormSubmission: {
            /** @description Text by field key (only keys the form asks for). */
            fields?: {
                [key: string]: string;
            };
            /** @description The honeypot: hidden on the page, must stay empty. */
            website?: string;
        };
        PublicFormReceived: {
            received: boolean;
        };
        LeadAnalysisTotal: {
            /** Format: int64 */
            leads: number;
            /**
             * Format: int64
             * @description Leads with a first contact (a follow-up).
             */
            contacted: number;
            /**
             * Format: int64
             * @description Status qualified or converted.
             */
            qualified: number;
            /** Format: int64 */
            converted: number;
            /** Format: int64 */
            invalid: number;
            /** @description converted / leads (0 without leads). */
            conversionRate: number;
            medianHoursToFirstContact: number | null;
            medianDaysToConversion: number | null;
            /**
             * Format: int64
             * @description Fen: the sources' spend attributed to the row (docs/api-leads.md); 0 where spend is not split that way.
             */
            cost: number;
            /**
             * Format: int64
             * @description Fen, rounded; null where cost is not attributed or there are no leads.
             */
            costPerLead: number | null;
            /**
             * Format: int64
             * @description Fen, rounded; null where cost is not attributed or nothing converted.
             */
            costPerConversion: number | null;
            /**
             * Format: int64
             * @description Follow-ups of these leads.
             */
            followUps: number;
        };
        LeadAnalysisRow: {
            /** @description Source id, campaign, month (YYYY-MM) or owner id; "" for leads without a source, campaign or owner (waiting in a pool). */
            key: string;
            /** @description Source name, campaign, month or owner name. */
            label: string;
            /** Format: int64 */
            leads: number;
            /**
             * Format: int64
             * @description Leads with a first contact (a follow-up).
             */
            contacted: number;
            /**
             * Format: int64
             * @description Status qualified or converted.
             */
            qualified: number;
            /** Format: int64 */
            converted: number;
            /** Format: int64 */
            invalid: number;
            /** @description converted / leads (0 without leads). */
            conversionRate: number;
            medianHoursToFirstContact: number | null;
            medianDaysToConversion: number | null;
            /**
             * Format: int64
             * @description Fen: the sources' spend attributed to the row (docs/api-leads.md); 0 where spend is not split that way.
             */
            cost: number;
            /**
             * Format: int64
             * @description Fen, rounded; null where cost is not attributed or there are no leads.
             */
            costPerLead: number | null;
            /**
             * Format: int64
             * @description Fen, rounded; null where cost is not attributed or nothing converted.
             */
            costPerConversion: number | null;
            /**
             * Format: int64
             * @description Follow-ups of these leads.
             */
            followUps: number;
        };
        LeadAnalysis: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            /** @enum {string} */
            groupBy: "source" | "campaign" | "month" | "owner";
            /** @description By month ascending for groupBy=month, else by leads descending. */
            rows: components["schemas"]["LeadAnalysisRow"][];
            total: components["schemas"]["LeadAnalysisTotal"];
        };
        LeadSweepItem: {
            leadId: string;
            leadName: string;
            ownerId: string;
            ownerName: string;
            /** @description The lead pool it goes back to. */
            poolId: string;
            poolName: string;
            /** @enum {string} */
            rule: "no_follow_up" | "no_deal" | "protection";
            days: number;
            /** Format: date */
            startedOn: string;
            /** Format: date */
            reclaimOn: string;
        };
        LeadSweepPreview: {
            /** Format: date-time */
            at: string;
            items: components["schemas"]["LeadSweepItem"][];
        };
        /** @description A value a stage asks for before an opportunity may leave it. options only for select. Values: text (at most 2000 characters), number (integer), money (integer fen, >= 0), date (YYYY-MM-DD), select (one of options), attachment (an attachment id of the company). */
        FeedbackField: {
            key: string;
            label: string;
            /** @enum {string} */
            type: "text" | "number" | "money" | "date" | "select" | "attachment";
            required: boolean;
            options: string[];
        };
        SalesStage: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            id: string;
            /** @enum {string} */
            kind: "open" | "won" | "lost" | "invalid";
            /** @description Open stages 1..n; won n+1; lost and invalid n+2. */
            position: number;
            name: string;
            probability: number;
            guidanceDo: string;
            guidanceWatch: string;
            checklist: string[];
            feedbackFields: components["schemas"]["FeedbackField"][];
            /** @description Live opportunities in the stage now. */
            inUse: number;
        };
        /** @description A sales process (docs/api-opportunities.md): open stages by position, then won, lost, invalid. */
        SalesProcess: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "pre_sale" | "after_sale";
            description: string;
            departmentIds: string[];
            allowSkip: boolean;
            lostReasons: string[];
            invalidReasons: string[];
            /** @description 0 = off. */
            staleDays: number;
            staleWhenOverdue: boolean;
            isDefault: boolean;
            enabled: boolean;
            version: number;
            stages: components["schemas"]["SalesStage"][];
            /** @description Live opportunities in the process. */
            inUse: number;
        };
        SalesProcessList: {
            items: components["schemas"]["SalesProcess"][];
        };
        SalesStageInput: {
            /** @description An open stage of this process to keep (PATCH); absent: a new stage. */
            id?: string;
            name: string;
            probability?: number;
            guidanceDo?: string;
            guidanceWatch?: string;
            checklist?: string[];
            feedbackFields?: components["schemas"]["FeedbackField"][];
        };
        /** @description Create: name and stages required. PATCH: any subset. */
        SalesProcessInput: {
            name?: string;
            /** @enum {string} */
            kind?: "pre_sale" | "after_sale";
            description?: string;
            departmentIds?: string[];
            allowSkip?: boolean;
            lostReasons?: string[];
            invalidReasons?: string[];
            staleDays?: number;
            staleWhenOverdue?: boolean;
            isDefault?: boolean;
            enabled?: boolean;
            /** @description The whole list of open stages; terminal stages are made automatically. PATCH: a stage left out is deleted (409 process.stage_in_use while opportunities are in it). */
            stages?: components["schemas"]["SalesStageInput"][];
        };
        SalesProcessVersion: {
            version: number;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            changedBy: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             */
            changedAt: string;
            process: components["schemas"]["SalesProcess"];
        };
        OpportunityItem: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            productId: string | null;
            name: string;
            quantity: number;
            unitPriceFen: number;
            discountFen: number;
            /** @description quantity × unitPriceFen − discountFen. */
            totalFen: number;
        };
        OpportunityItemInput: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            productId?: string | null;
            name?: string;
            quantity: number;
            unitPriceFen: number;
            discountFen?: number;
        };
        /** @description An opportunity (商机), docs/api-opportunities.md. */
        Opportunity: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            id: string;
            name: string;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            customerId: string;
            customerName: string;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            contactId: string | null;
            contactName: string | null;
            /** @description Integer fen. */
            amountFen: number;
            /** Format: date */
            expectedCloseDate: string | null;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            processId: string;
            processName: string;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            stageId: string;
            stageName: string;
            /** @enum {string} */
            stageKind: "open" | "won" | "lost" | "invalid";
            stagePosition: number;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             */
            stageEnteredAt: string;
            probability: number;
            probabilitySet: boolean;
            /** @enum {string} */
            status: "open" | "won" | "lost" | "invalid";
            closeReason: string;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             */
            closedAt: string | null;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            leadId: string | null;
            competitors: string[];
            notes: string;
            items: components["schemas"]["OpportunityItem"][];
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            ownerId: string;
            ownerName: string;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            departmentId: string;
            departmentName: string;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             */
            lastActivityAt: string;
            stale: {
                /** @enum {string} */
                reason: "no_activity" | "overdue";
                /** Format: date */
                since: string;
            } | null;
            /** @description Raised by every change; a move must name it. */
            version: number;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            createdBy: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             */
            updatedAt: string;
        };
        OpportunityDetail: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            id: string;
            name: string;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            customerId: string;
            customerName: string;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            contactId: string | null;
            contactName: string | null;
            /** @description Integer fen. */
            amountFen: number;
            /** Format: date */
            expectedCloseDate: string | null;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            processId: string;
            processName: string;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            stageId: string;
            stageName: string;
            /** @enum {string} */
            stageKind: "open" | "won" | "lost" | "invalid";
            stagePosition: number;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             */
            stageEnteredAt: string;
            probability: number;
            probabilitySet: boolean;
            /** @enum {string} */
            status: "open" | "won" | "lost" | "invalid";
            closeReason: string;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             */
            closedAt: string | null;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            leadId: string | null;
            competitors: string[];
            notes: string;
            items: components["schemas"]["OpportunityItem"][];
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            ownerId: string;
            ownerName: string;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            departmentId: string;
            departmentName: string;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             */
            lastActivityAt: string;
            stale: {
                /** @enum {string} */
                reason: "no_activity" | "overdue";
                /** Format: date */
                since: string;
            } | null;
            /** @description Raised by every change; a move must name it. */
            version: number;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            createdBy: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             */
            updatedAt: string;
            canEdit: boolean;
            canMove: boolean;
            canDelete: boolean;
            stage: components["schemas"]["SalesStage"];
            process: {
                /**
                 * @description Id (a decimal 64-bit number as a string).
                 * @example 1234567890123
                 */
                id: string;
                name: string;
                allowSkip: boolean;
                lostReasons: string[];
                invalidReasons: string[];
                version: number;
                stages: components["schemas"]["SalesStage"][];
            };
        };
        OpportunityList: {
            items: components["schemas"]["Opportunity"][];
            nextCursor: string | null;
            total: number;
        };
        /** @description Create: customerId and name required. PATCH: any of the fields but customerId, processId, stageId, leadId, ownerId (validation.failed invalid_value). */
        OpportunityInput: {
            /** @description Create only, required. */
            customerId?: string;
            name?: string;
            /** @description Default: the sum of the items' totals when items are given. */
            amountFen?: number;
            /** Format: date */
            expectedCloseDate?: string | null;
            /** @description Create only; default: the default process. */
            processId?: string;
            /** @description Create only; an open stage; default: the first. */
            stageId?: string;
            /** @description A contact of the customer. */
            contactId?: string | null;
            /** @description Sets probabilitySet; null (PATCH) gives the stage's back. */
            probability?: number | null;
            competitors?: string[];
            notes?: string;
            items?: components["schemas"]["OpportunityItemInput"][];
            /** @description Create only. */
            leadId?: string;
            /** @description Create only; default: the customer's owner, else the caller. */
            ownerId?: string;
        };
        OpportunityMove: {
            stageId: string;
            /** @description The opportunity's current version (else 409 opportunity.version_conflict with details.version). */
            version: number;
            /** @description key → value for the feedback fields of the stage being left. */
            feedback?: {
                [key: string]: unknown;
            };
            checklistDone?: string[];
            /** @description Closing as lost/invalid: one of the process's reasons. */
            reason?: string;
            resetProbability?: boolean;
        };
        OpportunityStageChange: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            id: string;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            fromStageId: string | null;
            fromName: string;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            toStageId: string;
            toName: string;
            /** @enum {string} */
            toKind: "open" | "won" | "lost" | "invalid";
            toPosition: number;
            /** @enum {string} */
            direction: "create" | "forward" | "back" | "close" | "reopen";
            feedback: {
                [key: string]: unknown;
            };
            /** @description The field definitions of the stage left, as they were. */
            feedbackFields: components["schemas"]["FeedbackField"][];
            checklistDone: string[];
            reason: string;
            msInFrom: number | null;
            amountFen: number;
            probability: number;
            processVersion: number;
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            userId: string | null;
            userName: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             */
            at: string;
        };
        OpportunityHistory: {
            items: components["schemas"]["OpportunityStageChange"][];
        };
        OpportunityFunnelStage: {
            stageId: string;
            name: string;
            /** @enum {string} */
            kind: "open";
            /** Format: int64 */
            position: number;
            /**
             * Format: int64
             * @description The stage's win probability in percent.
             */
            probability: number;
            /**
             * Format: int64
             * @description Open opportunities of the cohort in the stage now.
             */
            count: number;
            /**
             * Format: int64
             * @description Their amount.
             */
            amountFen: number;
            /**
             * Format: int64
             * @description Opportunities of the cohort whose highest position ever entered is at least this stage's.
             */
            reached: number;
            /**
             * Format: int64
             * @description reached of the next open stage (or won) × 10000 / reached, floored; null when reached is 0.
             */
            conversionBp: number | null;
            /**
             * Format: int64
             * @description Mean time of the cohort's completed stays in the stage (stage changes that left it), floored; null without any.
             */
            avgMsInStage: number | null;
            /** @description The list query of count / amountFen (processId, stageId, status=open, createdFrom, createdTo, owner filters). */
            query: string;
            /** @description The list query of reached (processId, reachedPosition, createdFrom, createdTo, owner filters). */
            reachedQuery: string;
        };
        OpportunityFunnelOutcome: {
            /** Format: int64 */
            count: number;
            /** Format: int64 */
            amountFen: number;
            /** @description The list query of these opportunities. */
            query: string;
        };
        OpportunityLostReason: {
            reason: string;
            /** Format: int64 */
            count: number;
            /** @description The list query (status=lost&lostReason=…). */
            query: string;
        };
        OpportunityFunnelLost: {
            /** Format: int64 */
            count: number;
            /** Format: int64 */
            amountFen: number;
            query: string;
            /** @description Most first, then by reason. */
            reasons: components["schemas"]["OpportunityLostReason"][];
        };
        OpportunityFunnel: {
            /** @description The process counted; null when the tenant has no process yet. */
            processId: string | null;
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            /** @description The open stages by position. */
            stages: components["schemas"]["OpportunityFunnelStage"][];
            won: components["schemas"]["OpportunityFunnelOutcome"];
            lost: components["schemas"]["OpportunityFunnelLost"];
            invalid: components["schemas"]["OpportunityFunnelOutcome"];
            /**
             * Format: int64
             * @description won × 10000 / (won + lost), floored; null when both are 0.
             */
            winRateBp: number | null;
        };
        OpportunityForecastMonth: {
            /** @description YYYY-MM */
            month: string;
            /**
             * Format: int64
             * @description Open opportunities expected to close in the month.
             */
            count: number;
            /** Format: int64 */
            amountFen: number;
            /**
             * Format: int64
             * @description Σ floor(amountFen × probability / 100).
             */
            weightedFen: number;
            /**
             * Format: int64
             * @description Σ amountFen of those with probability >= 70, plus wonFen.
             */
            commitFen: number;
            /**
             * Format: int64
             * @description amountFen + wonFen.
             */
            bestCaseFen: number;
            /**
             * Format: int64
             * @description Amount of won opportunities closed in the month.
             */
            wonFen: number;
            /** @description The list query of the open ones (status=open&closeMonth=…). */
            query: string;
            /** @description The list query of the won ones (status=won&closedMonth=…). */
            wonQuery: string;
        };
        OpportunityForecast: {
            months: components["schemas"]["OpportunityForecastMonth"][];
        };
        ApprovalStep: {
            name: string;
            /** @enum {string} */
            approverType: "users" | "role" | "dept_head";
            userIds: string[];
            roleId: string | null;
            /** @description dept_head: 1 = the head of the applicant's department, 2 = its parent's, … (1-5). */
            levels: number;
            /** @enum {string} */
            mode: "any" | "all";
        };
        ApprovalStepInput: {
            name: string;
            /** @enum {string} */
            approverType: "users" | "role" | "dept_head";
            userIds?: string[];
            roleId?: string | null;
            levels?: number;
            /** @enum {string} */
            mode?: "any" | "all";
        };
        ApprovalFlow: {
            id: string;
            /** @enum {string} */
            subjectType: "contract" | "discount" | "contract_change" | "receipt" | "expense" | "leave";
            name: string;
            enabled: boolean;
            position: number;
            minAmountFen: number | null;
            maxAmountFen: number | null;
            steps: components["schemas"]["ApprovalStep"][];
            version: number;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description Create: subjectType, name and steps required. PATCH: the fields to change. */
        ApprovalFlowInput: {
            /** @enum {string} */
            subjectType?: "contract" | "discount" | "contract_change" | "receipt" | "expense" | "leave";
            name?: string;
            enabled?: boolean;
            position?: number;
            minAmountFen?: number | null;
            maxAmountFen?: number | null;
            steps?: components["schemas"]["ApprovalStepInput"][];
        };
        ApprovalFlowList: {
            items: components["schemas"]["ApprovalFlow"][];
        };
        Approval: {
            id: string;
            /** @enum {string} */
            subjectType: "contract" | "discount" | "contract_change" | "receipt" | "expense" | "leave";
            subjectId: string;
            title: string;
            amountFen: number;
            applicantId: string;
            applicantName: string;
            departmentId: string;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected" | "returned" | "withdrawn";
            flowId: string | null;
            flowName: string;
            currentStep: number | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            waitingOn: {
                userId: string;
                name: string;
            }[];
        };
        ApprovalList: {
            items: components["schemas"]["Approval"][];
            nextCursor: string | null;
            total: number;
        };
        ApprovalCounts: {
            pending: number;
        };
        ApprovalRequest: {
            id: string;
            /** @enum {string} */
            type: "expense" | "leave";
            title: string;
            amountFen: number;
            category: string;
            /** @enum {string|null} */
            leaveType: "annual" | "sick" | "personal" | "other" | null;
            startDate: string | null;
            endDate: string | null;
            halfDays: number;
            reason: string;
            attachmentIds: string[];
            /** @enum {string} */
            status: "pending" | "approved" | "rejected" | "returned" | "withdrawn";
            approvalId: string | null;
            applicantId: string;
            /** Format: date-time */
            createdAt: string;
        };
        ApprovalRequestInput: {
            /** @enum {string} */
            type: "expense" | "leave";
            title: string;
            amountFen?: number;
            category?: string;
            /** @enum {string} */
            leaveType?: "annual" | "sick" | "personal" | "other";
            startDate?: string;
            endDate?: string;
            halfDays?: number;
            reason: string;
            attachmentIds?: string[];
        };
        ApprovalDecision: {
            version: number;
            comment?: string;
        };
        ApprovalWithdraw: {
            version: number;
        };
        ApprovalComment: {
            comment: string;
        };
        ApprovalDetail: components["schemas"]["Approval"] & {
            steps: {
                name: string;
                /** @enum {string} */
                mode: "any" | "all";
                /** @enum {string} */
                state: "waiting" | "pending" | "approved" | "rejected" | "returned" | "skipped";
                approvers: {
                    userId: string;
                    name: string;
                    /** @enum {string} */
                    state: "waiting" | "pending" | "approved" | "rejected" | "returned" | "cancelled";
                    comment: string;
                    /** Format: date-time */
                    actedAt: string | null;
                }[];
                note: string;
            }[];
            history: {
                /** @enum {string} */
                action: "submit" | "approve" | "reject" | "return" | "comment" | "withdraw" | "skip" | "auto_approve";
                step: number | null;
                userId: string | null;
                userName: string;
                comment: string;
                /** Format: date-time */
                at: string;
            }[];
            subject: {
                type: string;
                id: string;
                title: string;
                link: string;
            };
            request: components["schemas"]["ApprovalRequest"] | null;
            canApprove: boolean;
            canWithdraw: boolean;
            canComment: boolean;
            version: number;
        };
        ProductCategory: {
            id: string;
            parentId: string | null;
            name: string;
            /** Format: int64 */
            position: number;
            /** Format: int64 */
            productCount: number;
        };
        ProductCategoryList: {
            items: components["schemas"]["ProductCategory"][];
        };
        ProductCategoryInput: {
            name?: string;
            parentId?: string | null;
            /** Format: int64 */
            position?: number;
        };
        Product: {
            id: string;
            code: string;
            name: string;
            spec: string;
            unit: string;
            /** Format: int64 */
            listPriceFen: number;
            /** @enum {string} */
            status: "on" | "off";
            categoryId: string | null;
            categoryName: string | null;
            imageId: string | null;
            description: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ProductList: {
            items: components["schemas"]["Product"][];
            nextCursor: string | null;
            /** Format: int64 */
            total: number;
        };
        ProductInput: {
            code?: string;
            name?: string;
            spec?: string;
            unit?: string;
            /** Format: int64 */
            listPriceFen?: number;
            /** @enum {string} */
            status?: "on" | "off";
            categoryId?: string | null;
            imageId?: string | null;
            description?: string;
        };
        ContractSettings: {
            numberPrefix: string;
            /** @enum {string} */
            numberDate: "YYYYMMDD" | "YYYYMM" | "YYYY" | "";
            /** Format: int64 */
            numberDigits: number;
            /** @enum {string} */
            numberReset: "daily" | "monthly" | "yearly" | "never";
            /** Format: int64 */
            endRemindDays: number;
            /** Format: int64 */
            dueRemindDays: number;
            /** Format: int64 */
            discountApprovalBp: number;
        };
        ContractItem: {
            productId: string | null;
            name: string;
            spec: string;
            unit: string;
            /** Format: int64 */
            quantity: number;
            /** Format: int64 */
            listPriceFen: number;
            /** Format: int64 */
            unitPriceFen: number;
            /** Format: int64 */
            discountFen: number;
            /** Format: int64 */
            totalFen: number;
        };
        /** @description With productId: name defaults to the product's, unitPriceFen to its list price; listPriceFen is copied. */
        ContractItemInput: {
            productId?: string | null;
            name?: string;
            spec?: string;
            unit?: string;
            /** Format: int64 */
            quantity?: number;
            /** Format: int64 */
            unitPriceFen?: number;
            /** Format: int64 */
            discountFen?: number;
        };
        Instalment: {
            id: string;
            contractId: string;
            /** Format: int64 */
            seq: number;
            /** Format: date */
            dueDate: string;
            /** Format: int64 */
            amountFen: number;
            /** Format: int64 */
            receivedFen: number;
            /** Format: int64 */
            owedFen: number;
            notes: string;
            /** @enum {string} */
            state: "paid" | "not_due" | "overdue";
            /** Format: int64 */
            overdueDays: number;
        };
        InstalmentInput: {
            id?: string;
            /** Format: date */
            dueDate: string;
            /** Format: int64 */
            amountFen: number;
            notes?: string;
        };
        Contract: {
            id: string;
            number: string;
            name: string;
            customerId: string;
            customerName: string;
            opportunityId: string | null;
            opportunityName: string | null;
            contactId: string | null;
            contactName: string | null;
            signerId: string | null;
            signerName: string | null;
            ownerId: string;
            ownerName: string;
            departmentId: string;
            departmentName: string;
            /** Format: int64 */
            totalFen: number;
            /** Format: int64 */
            listTotalFen: number;
            /** Format: int64 */
            discountBp: number;
            /** Format: date */
            signDate: string | null;
            /** Format: date */
            startDate: string | null;
            /** Format: date */
            endDate: string | null;
            /** @enum {string} */
            status: "draft" | "pending" | "active" | "ended" | "void";
            approvalId: string | null;
            /** @enum {string|null} */
            approvalStatus: "pending" | "approved" | "rejected" | "returned" | "withdrawn" | null;
            renewalOfId: string | null;
            renewedById: string | null;
            notes: string;
            attachmentIds: string[];
            /** Format: int64 */
            receivedFen: number;
            /** Format: int64 */
            owedFen: number;
            /** Format: int64 */
            invoicedFen: number;
            /** Format: int64 */
            planFen: number;
            /** Format: int64 */
            planMismatchFen: number;
            /** Format: int64 */
            overdueFen: number;
            /** Format: int64 */
            version: number;
            createdBy: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ContractDetail: {
            id: string;
            number: string;
            name: string;
            customerId: string;
            customerName: string;
            opportunityId: string | null;
            opportunityName: string | null;
            contactId: string | null;
            contactName: string | null;
            signerId: string | null;
            signerName: string | null;
            ownerId: string;
            ownerName: string;
            departmentId: string;
            departmentName: string;
            /** Format: int64 */
            totalFen: number;
            /** Format: int64 */
            listTotalFen: number;
            /** Format: int64 */
            discountBp: number;
            /** Format: date */
            signDate: string | null;
            /** Format: date */
            startDate: string | null;
            /** Format: date */
            endDate: string | null;
            /** @enum {string} */
            status: "draft" | "pending" | "active" | "ended" | "void";
            approvalId: string | null;
            /** @enum {string|null} */
            approvalStatus: "pending" | "approved" | "rejected" | "returned" | "withdrawn" | null;
            renewalOfId: string | null;
            renewedById: string | null;
            notes: string;
            attachmentIds: string[];
            /** Format: int64 */
            receivedFen: number;
            /** Format: int64 */
            owedFen: number;
            /** Format: int64 */
            invoicedFen: number;
            /** Format: int64 */
            planFen: number;
            /** Format: int64 */
            planMismatchFen: number;
            /** Format: int64 */
            overdueFen: number;
            /** Format: int64 */
            version: number;
            createdBy: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            items: components["schemas"]["ContractItem"][];
            instalments: components["schemas"]["Instalment"][];
            canEdit: boolean;
            canSubmit: boolean;
            canVoid: boolean;
            canDelete: boolean;
            canChange: boolean;
            canReceive: boolean;
            canInvoice: boolean;
        };
        ContractList: {
            items: components["schemas"]["Contract"][];
            nextCursor: string | null;
            /** Format: int64 */
            total: number;
        };
        /** @description Create: customerId and name required. PATCH: customerId, ownerId, instalments and submit are refused. A number is never given. */
        ContractInput: {
            customerId?: string;
            name?: string;
            opportunityId?: string | null;
            contactId?: string | null;
            signerId?: string | null;
            ownerId?: string;
            /** Format: int64 */
            totalFen?: number;
            items?: components["schemas"]["ContractItemInput"][];
            /** Format: date */
            signDate?: string | null;
            /** Format: date */
            startDate?: string | null;
            /** Format: date */
            endDate?: string | null;
            notes?: string;
            attachmentIds?: string[];
            instalments?: components["schemas"]["InstalmentInput"][];
            submit?: boolean;
        };
        ContractMoney: {
            /** Format: int64 */
            totalFen: number;
            items: components["schemas"]["ContractItem"][];
            /** Format: date */
            signDate: string | null;
            /** Format: date */
            startDate: string | null;
            /** Format: date */
            endDate: string | null;
        };
        ChangeOrder: {
            id: string;
            contractId: string;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected" | "returned" | "withdrawn";
            reason: string;
            before: components["schemas"]["ContractMoney"];
            after: components["schemas"]["ContractMoney"];
            approvalId: string | null;
            createdBy: string | null;
            createdByName: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
        };
        ChangeOrderList: {
            items: components["schemas"]["ChangeOrder"][];
        };
        ChangeOrderInput: {
            reason: string;
            /** Format: int64 */
            version: number;
            /** Format: int64 */
            totalFen?: number;
            items?: components["schemas"]["ContractItemInput"][];
            /** Format: date */
            signDate?: string | null;
            /** Format: date */
            startDate?: string | null;
            /** Format: date */
            endDate?: string | null;
        };
        InstalmentPlan: {
            /** Format: int64 */
            version: number;
            instalments: components["schemas"]["InstalmentInput"][];
        };
        ContractVersion: {
            /** Format: int64 */
            version: number;
        };
        ReasonInput: {
            reason?: string;
        };
        ContractsSummary: {
            /** Format: int64 */
            contracts: number;
            /** Format: int64 */
            activeContracts: number;
            /** Format: int64 */
            totalFen: number;
            /** Format: int64 */
            receivedFen: number;
            /** Format: int64 */
            owedFen: number;
            /** Format: int64 */
            overdueFen: number;
            /** Format: int64 */
            invoicedFen: number;
        };
        ReceiptAllocation: {
            instalmentId: string;
            /** Format: int64 */
            seq: number;
            /** Format: int64 */
            amountFen: number;
        };
        Receipt: {
            id: string;
            contractId: string;
            contractNumber: string;
            customerId: string;
            customerName: string;
            /** Format: int64 */
            amountFen: number;
            /** Format: date */
            receivedOn: string;
            /** @enum {string} */
            method: "bank" | "cash" | "cheque" | "alipay" | "wechat" | "other";
            account: string;
            notes: string;
            /** @enum {string} */
            status: "pending" | "confirmed" | "rejected";
            approvalId: string | null;
            allocations: components["schemas"]["ReceiptAllocation"][];
            createdBy: string | null;
            createdByName: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        ReceiptList: {
            items: components["schemas"]["Receipt"][];
            nextCursor: string | null;
            /** Format: int64 */
            total: number;
        };
        ReceiptInput: {
            /** Format: int64 */
            amountFen: number;
            /** Format: date */
            receivedOn: string;
            /** @enum {string} */
            method: "bank" | "cash" | "cheque" | "alipay" | "wechat" | "other";
            account?: string;
            notes?: string;
            allocations?: {
                instalmentId: string;
                /** Format: int64 */
                amountFen: number;
            }[];
        };
        Invoice: {
            id: string;
            contractId: string;
            contractNumber: string;
            customerId: string;
            customerName: string;
            /** @enum {string} */
            type: "vat_special" | "vat_normal" | "electronic" | "other";
            number: string;
            title: string;
            taxNo: string;
            /** Format: int64 */
            amountFen: number;
            /** Format: date */
            issuedOn: string;
            /** @enum {string} */
            status: "issued" | "void";
            notes: string;
            createdBy: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        InvoiceList: {
            items: components["schemas"]["Invoice"][];
            nextCursor: string | null;
            /** Format: int64 */
            total: number;
        };
        InvoiceInput: {
            /** @enum {string} */
            type: "vat_special" | "vat_normal" | "electronic" | "other";
            number: string;
            title?: string;
            taxNo?: string;
            /** Format: int64 */
            amountFen: number;
            /** Format: date */
            issuedOn: string;
            notes?: string;
        };
        Receivable: {
            id: string;
            contractId: string;
            /** Format: int64 */
            seq: number;
            /** Format: date */
            dueDate: string;
            /** Format: int64 */
            amountFen: number;
            /** Format: int64 */
            receivedFen: number;
            /** Format: int64 */
            owedFen: number;
            notes: string;
            /** @enum {string} */
            state: "paid" | "not_due" | "overdue";
            /** Format: int64 */
            overdueDays: number;
            contractNumber: string;
            contractName: string;
            customerId: string;
            customerName: string;
            ownerId: string;
            ownerName: string;
        };
        ReceivableList: {
            items: components["schemas"]["Receivable"][];
            nextCursor: string | null;
            /** Format: int64 */
            total: number;
        };
        Ageing: {
            /** Format: date */
            asOf: string;
            buckets: {
                /** @enum {string} */
                bucket: "not_due" | "d1_30" | "d31_90" | "d90_plus";
                /** Format: int64 */
                count: number;
                /** Format: int64 */
                owedFen: number;
                query: string;
            }[];
            /** Format: int64 */
            totalOwedFen: number;
            /** Format: int64 */
            contractsWithoutPlanOwedFen: number;
        };
        /** @enum {string} */
        MetricKey: "contractAmountFen" | "paymentAmountFen" | "newCustomers" | "newContacts" | "followUps" | "visits" | "customersVisited" | "newOpportunities" | "advancedOpportunities" | "wonOpportunities" | "wonAmountFen" | "newLeads" | "convertedLeads" | "workLogs";
        MetricCatalogue: {
            items: {
                key: components["schemas"]["MetricKey"];
                /** @enum {string} */
                unit: "fen" | "count";
                /** @description False for customersVisited and workLogs. */
                targetable: boolean;
            }[];
        };
        /** @description The chosen metrics' values by key (integers; money in fen). */
        MetricValues: {
            [key: string]: number;
        };
        MetricReport: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            /**
             * Format: date-time
             * @description The instant the figures were computed.
             */
            asOf: string;
            department: {
                /** @description null: the company. */
                id: string | null;
                /** @description The department's name, or the company's. */
                name: string;
            };
            metrics: components["schemas"]["MetricKey"][];
            /** @description The customer levels asked for (客户类型); empty: every customer. */
            customerLevels: ("A" | "B" | "C" | "D")[];
            /** @description Over the whole level, equal to the sum of the rows. */
            total: {
                values: components["schemas"]["MetricValues"];
            };
            rows: {
                /** @enum {string} */
                kind: "department" | "user";
                id: string;
                name: string;
                /** @description A user row's department; null on department rows. */
                departmentName: string | null;
                values: components["schemas"]["MetricValues"];
                /** @description By sort, 1-based, ties share a rank. */
                rank: number;
            }[];
        };
        MetricRecord: {
            /** @enum {string} */
            kind: "contract" | "receipt" | "customer" | "contact" | "followUp" | "opportunity" | "stageChange" | "lead" | "workLog";
            id: string;
            /**
             * Format: int64
             * @description The instant in ms since the epoch; a receipt's date at 00:00 local.
             */
            at: number;
            title: string;
            customerId: string | null;
            customerName: string | null;
            userId: string;
            userName: string;
            /** Format: int64 */
            amountFen: number | null;
        };
        MetricRecordPage: {
            items: components["schemas"]["MetricRecord"][];
            nextCursor: string | null;
            /** Format: int64 */
            total: number;
        };
        Target: {
            id: string;
            metric: components["schemas"]["MetricKey"];
            /**
             * @description 客户类型: the customer level the target counts; null for every customer.
             * @enum {string|null}
             */
            customerLevel: "A" | "B" | "C" | "D" | null;
            period: string;
            /** @enum {string} */
            periodKind: "year" | "quarter" | "month" | "week";
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            /** @enum {string} */
            assigneeType: "company" | "department" | "user";
            assigneeId: string | null;
            assigneeName: string;
            /** Format: int64 */
            value: number;
            /** Format: int64 */
            sprintValue: number | null;
            /** Format: int64 */
            challengeValue: number | null;
            /** Format: date-time */
            updatedAt: string;
            updatedBy: components["schemas"]["UserRef"];
        };
        TargetList: {
            items: components["schemas"]["Target"][];
        };
        TargetWriteItem: {
            period: string;
            /** @enum {string} */
            assigneeType: "company" | "department" | "user";
            assigneeId?: string | null;
            /** Format: int64 */
            value: number | null;
            /** Format: int64 */
            sprintValue?: number | null;
            /** Format: int64 */
            challengeValue?: number | null;
        };
        TargetWrite: {
            metric: components["schemas"]["MetricKey"];
            /**
             * @description 客户类型: the customer level the target counts; null for every customer.
             * @enum {string|null}
             */
            customerLevel?: "A" | "B" | "C" | "D" | null;
            items: components["schemas"]["TargetWriteItem"][];
        };
        TargetSheetAssignee: {
            /** @enum {string} */
            assigneeType: "company" | "department" | "user";
            assigneeId: string | null;
            name: string;
            parentDepartmentId: string | null;
            departmentId: string | null;
            /** Format: int64 */
            depth: number;
        };
        TargetSheetCell: {
            period: string;
            /** @enum {string} */
            assigneeType: "company" | "department" | "user";
            assigneeId: string | null;
            /** Format: int64 */
            value: number;
            /** Format: int64 */
            sprintValue: number | null;
            /** Format: int64 */
            challengeValue: number | null;
        };
        TargetSheetFlag: {
            /** @enum {string} */
            kind: "children_sum" | "periods_sum";
            period: string;
            /** @enum {string} */
            assigneeType: "company" | "department" | "user";
            assigneeId: string | null;
            /** Format: int64 */
            expected: number;
            /** Format: int64 */
            actual: number;
        };
        TargetSheet: {
            metric: components["schemas"]["MetricKey"];
            /**
             * @description 客户类型: the customer level the target counts; null for every customer.
             * @enum {string|null}
             */
            customerLevel: "A" | "B" | "C" | "D" | null;
            /** Format: int64 */
            year: number;
            locked: string[];
            assignees: components["schemas"]["TargetSheetAssignee"][];
            cells: components["schemas"]["TargetSheetCell"][];
            flags: components["schemas"]["TargetSheetFlag"][];
        };
        DecomposeInput: {
            metric: components["schemas"]["MetricKey"];
            /**
             * @description 客户类型 for method history: the baseline from that level's customers only; null for every customer.
             * @enum {string|null}
             */
            customerLevel?: "A" | "B" | "C" | "D" | null;
            /** @enum {string} */
            method: "even" | "weights" | "history";
            /** Format: int64 */
            total: number;
            periods?: {
                parent: string;
                /** @enum {string} */
                into: "quarters" | "months";
            };
            /** @enum {string} */
            assigneeType?: "company" | "department" | "user";
            assigneeId?: string | null;
            people?: {
                period: string;
                departmentId?: string | null;
                /** @enum {string} */
                into: "departments" | "users";
            };
            weights?: {
                key: string;
                /** Format: int64 */
                weight: number;
            }[];
        };
        DecompositionItem: {
            period: string;
            /** @enum {string} */
            assigneeType: "company" | "department" | "user";
            assigneeId: string | null;
            assigneeName: string;
            /** Format: int64 */
            value: number;
            /** Format: int64 */
            baseline: number | null;
        };
        Decomposition: {
            items: components["schemas"]["DecompositionItem"][];
            /** Format: int64 */
            baselineTotal: number | null;
        };
        TargetLock: {
            period: string;
            /** Format: date-time */
            lockedAt: string;
            lockedBy: components["schemas"]["UserRef"];
        };
        TargetLockList: {
            items: components["schemas"]["TargetLock"][];
        };
        TargetChange: {
            id: string;
            /** Format: date-time */
            at: string;
            by: components["schemas"]["UserRef"];
            /**
             * @description The metric; "" for a lock or unlock (a lock holds for every metric).
             * @enum {string}
             */
            metric: "contractAmountFen" | "paymentAmountFen" | "newCustomers" | "newContacts" | "followUps" | "visits" | "customersVisited" | "newOpportunities" | "advancedOpportunities" | "wonOpportunities" | "wonAmountFen" | "newLeads" | "convertedLeads" | "workLogs" | "";
            /**
             * @description 客户类型: the customer level the target counts; null for every customer.
             * @enum {string|null}
             */
            customerLevel: "A" | "B" | "C" | "D" | null;
            period: string;
            /** @enum {string} */
            field: "value" | "sprintValue" | "challengeValue" | "lock";
            /** Format: int64 */
            before: number | null;
            /** Format: int64 */
            after: number | null;
            /** @enum {string|null} */
            assigneeType: "company" | "department" | "user" | null;
            assigneeId: string | null;
            assigneeName: string | null;
        };
        TargetChangeList: {
            items: components["schemas"]["TargetChange"][];
            nextCursor: string | null;
        };
        AttainmentRow: {
            /** @enum {string} */
            assigneeType: "company" | "department" | "user";
            assigneeId: string | null;
            name: string;
            /** Format: int64 */
            target: number | null;
            /** Format: int64 */
            sprint: number | null;
            /** Format: int64 */
            challenge: number | null;
            /** Format: int64 */
            actual: number;
            /** Format: int64 */
            rateBp: number | null;
            /** Format: int64 */
            left: number;
            /** Format: int64 */
            rank: number;
        };
        Attainment: {
            metric: components["schemas"]["MetricKey"];
            /**
             * @description 客户类型: the customer level the target counts; null for every customer.
             * @enum {string|null}
             */
            customerLevel: "A" | "B" | "C" | "D" | null;
            period: string;
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            /** Format: date-time */
            asOf: string;
            /** Format: int64 */
            daysLeft: number;
            department: {
                id: string | null;
                name: string;
            };
            total: components["schemas"]["AttainmentRow"];
            rows: components["schemas"]["AttainmentRow"][];
        };
        /** @description An AttainmentRow of the caller, naming its metric. */
        MyTarget: {
            /** @enum {string} */
            assigneeType: "company" | "department" | "user";
            assigneeId: string | null;
            name: string;
            /** Format: int64 */
            target: number | null;
            /** Format: int64 */
            sprint: number | null;
            /** Format: int64 */
            challenge: number | null;
            /** Format: int64 */
            actual: number;
            /** Format: int64 */
            rateBp: number | null;
            /** Format: int64 */
            left: number;
            /** Format: int64 */
            rank: number;
            metric: components["schemas"]["MetricKey"];
            /**
             * @description 客户类型: the target's customer level; null for every customer.
             * @enum {string|null}
             */
            customerLevel: "A" | "B" | "C" | "D" | null;
        };
        MyTargets: {
            items: components["schemas"]["MyTarget"][];
            period: string;
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
        };
        CustomerDistribution: {
            by: string;
            /** @description null: the company (the caller's whole scope). */
            departmentId: string | null;
            /** @description The provinces filter as asked (empty: none). */
            provinces: string[];
            /** @description The customer levels asked for (客户类型); empty: every customer. */
            customerLevels: ("A" | "B" | "C" | "D")[];
            /** Format: date-time */
            asOf: string;
            /** @description The sum of the items' counts. */
            total: number;
            items: {
                value: string;
                count: number;
            }[];
        };
        CustomerOverview: {
            /** @description null: the company (the caller's whole scope). */
            departmentId: string | null;
            /** @description The customer levels asked for (客户类型); empty: every customer. */
            customerLevels: ("A" | "B" | "C" | "D")[];
            /** Format: date-time */
            asOf: string;
            /** Format: date */
            today: string;
            total: number;
            newYesterday: number;
            newThisMonth: number;
            /** @description 30 entries, the last one today. */
            trend: {
                /** Format: date */
                date: string;
                count: number;
            }[];
        };
        /** @description A live customer nobody visits: never visited, or last visited long ago. */
        NeglectedCustomer: {
            /** @example 1234567890123 */
            id: string;
            name: string;
            /** @description The owner (负责人). */
            ownerId: string;
            ownerName: string;
            /**
             * Format: date-time
             * @description The newest live visit follow-up; null: never visited.
             */
            lastVisitAt: string | null;
            /**
             * Format: date-time
             * @description The newest follow-up of any type.
             */
            lastFollowUpAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        NeglectedCustomerPage: {
            items: components["schemas"]["NeglectedCustomer"][];
            nextCursor: string | null;
            /** Format: int64 */
            total: number;
        };
        /** @description A customer's protected fields in clear. */
        RevealedCustomer: {
            phone: string | null;
            address: string;
            /** @description The protected custom fields of the customer that the caller's role sees, in clear (a text value each). */
            customFields: {
                [key: string]: unknown;
            };
            contacts: {
                id: string;
                mobile: string | null;
                phone: string | null;
                email: string | null;
                wechat: string | null;
            }[];
            /** @description Reveals the caller has left in the tenant's local day (after this one). */
            revealsLeftToday: number;
        };
        /** @description The tenant's reveal settings. */
        RevealSettings: {
            /**
             * @description Phone reveals (POST /api/v1/customers/{id}/reveal) each user may make per local day; 0 allows none.
             * @default 20
             */
            dailyQuota: number;
        };
        RecycleBinItem: {
            /** @enum {string} */
            kind: "customer" | "contact" | "lead" | "opportunity" | "product" | "contract" | "follow_up" | "receipt";
            id: string;
            /** @description Name; a lead's company (else its name); a product's code and name; a contract's number and name; a follow-up's type and the first 40 characters of its text ("visit 上门拜访…"); a receipt's amount in yuan and its contract's number ("¥1234.50 HT…"). */
            title: string;
            /** @description The customer of a contact, opportunity, contract or follow-up; of a receipt's contract. */
            customerId: string | null;
            customerName: string | null;
            /** Format: date-time */
            deletedAt: string;
            deletedBy: {
                id: string;
                name: string;
            } | null;
            /**
             * Format: date-time
             * @description 90 days after deletedAt: restorable until then, purged by the job after.
             */
            purgeAt: string;
        };
        RecycleBinList: {
            items: components["schemas"]["RecycleBinItem"][];
            nextCursor: string | null;
            /** Format: int64 */
            total: number;
        };
        RecycleBinRestored: components["schemas"]["RecycleBinItem"] & {
            /** @description A customer: its owner now (null in a pool). */
            ownerId: string | null;
            /** @description A customer: its pool now. */
            poolId: string | null;
        };
        ImportJob: {
            id: string;
            /** @enum {string} */
            object: "customers" | "products" | "targets";
            /**
             * @description What a row matching an existing record does: skip it; attach its contact to that customer (customers only); update the record's fields from the row's non-empty cells. A customer matches by the duplicate check, a product by its code, a target by its metric, period, assignee and customer level.
             * @enum {string}
             */
            policy: "skip" | "attach" | "update";
            /** @enum {string} */
            status: "queued" | "running" | "done" | "cancelled" | "failed";
            fileName: string;
            /** @description Rows sent. */
            total: number;
            /** @description Rows handled so far, whole batches only. */
            done: number;
            created: number;
            attached: number;
            updated: number;
            skipped: number;
            failed: number;
            cancelRequested: boolean;
            /** @description The error code that failed the job as a whole (status failed). */
            error: string | null;
            createdById: string;
            createdByName: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            startedAt: string | null;
            /** Format: date-time */
            finishedAt: string | null;
        };
        ImportRowError: {
            /** @description 1-based position of the row in the request's rows. */
            row: number;
            /** @enum {string} */
            outcome: "failed" | "skipped";
            /** @description The error code (e.g. validation.failed, customer.conflict, pool.limit_reached). */
            code: string;
            /** @description The code's message in the request's language. */
            message: string;
            /** @description For validation.failed: the row's fields (import keys) and their issues. */
            fields: {
                field: string;
                issue: string;
            }[];
            /** @description The row's customer name as given. */
            label: string;
        };
        ImportRowErrorList: {
            items: components["schemas"]["ImportRowError"][];
        };
        ImportJobList: {
            items: components["schemas"]["ImportJob"][];
        };
        ImportRequest: {
            /** @enum {string} */
            object: "customers" | "products" | "targets";
            /**
             * @description attach is for customers only (validation.failed policy invalid_value for the other objects).
             * @default skip
             * @enum {string}
             */
            policy?: "skip" | "attach" | "update";
            fileName?: string;
            /** @description The file's rows as mapped in the browser: objects of text by field key. Customers: name, shortName, creditCode, industry, scale, level (A-D, also "A级"), status (potential/interested/deal/lost or 潜在/意向/成交/流失[客户]), source, province, city, district, address, phone, website, tags (separated by , ， 、 ;), owner (username or name of an active user in the caller's scope), contactName, contactTitle, contactMobile, contactPhone, contactEmail, contactWechat (the row's primary contact), createdBy (username or name) and createdAt (YYYY-MM-DD[ HH:MM[:SS]] in the tenant's time zone, or ISO-8601) — these two for admins (org.edit) only, issue not_allowed otherwise. Numbers are taken as their text; other keys are ignored. Products: code, name, category (a path of names such as 硬件/服务器, or one name; missing categories are created), specification, unit, listPrice (yuan, e.g. ¥12,345.60, as fen), status (on/off or 在售/上架/停售/下架), description. Targets: metric (a targetable catalogue key or its Chinese or English name), period (2026, 2026-Q4, 2026-12, 2026-W49), assignee (公司/company, a department by name, a user by username or name: exactly one match), customerLevel (A-D, optional), value, sprintValue, challengeValue (yuan for money metrics, whole numbers for counts). */
            rows: {
                [key: string]: string;
            }[];
        };
        ImportTemplate: {
            id: string;
            /** @enum {string} */
            object: "customers" | "products" | "targets";
            name: string;
            /** @description Column header -> field key. */
            mapping: {
                [key: string]: string;
            };
            /** Format: date-time */
            updatedAt: string;
        };
        ImportTemplateList: {
            items: components["schemas"]["ImportTemplate"][];
        };
        ImportTemplateInput: {
            /**
             * @default customers
             * @enum {string}
             */
            object?: "customers" | "products" | "targets";
            name: string;
            mapping: {
                [key: string]: string;
            };
        };
        ExportRequest: {
            /** @enum {string} */
            object: "customers" | "leads" | "opportunities" | "contracts" | "audit";
            /** @description The list's own query parameters as its page sends them (q, status, ownerId, sort, …); limit, cursor and fields are ignored. Values of text, at most 40 keys. */
            query?: {
                [key: string]: string;
            };
        };
        ExportJob: {
            /**
             * @description Id (a decimal 64-bit number as a string).
             * @example 1234567890123
             */
            id: string;
            /** @enum {string} */
            object: "customers" | "leads" | "opportunities" | "contracts" | "audit";
            /** @enum {string} */
            status: "queued" | "running" | "done" | "cancelled" | "failed";
            /** @description Rows read so far. */
            done: number;
            /** @description The list's own count, once read (null when the list gives none). */
            total: number | null;
            /** @description The list had more than 100,000 rows; the file holds the first 100,000. */
            truncated: boolean;
            /** @example customers-20261207-1530.xlsx */
            fileName: string;
            fileBytes: number | null;
            /** @description The code that failed the job as a whole (status failed), else empty. */
            error: string;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             */
            startedAt: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 UTC.
             */
            finishedAt: string | null;
            /**
             * Format: date-time
             * @description Until when the file can be downloaded (7 days after it was made).
             */
            expiresAt: string | null;
        };
        ExportJobList: {
            items: components["schemas"]["ExportJob"][];
        };
        AuditChange: {
            /** @description The field's API name (name, phone, ownerId, …). */
            field: string;
            /** @description The value before the edit, as the API shows it; masked for protected fields when the reader lacks field.view_protected. */
            before: unknown;
            /** @description The value after the edit. */
            after: unknown;
        };
        CustomField: {
            id: string;
            /** @enum {string} */
            object: "customer" | "lead";
            key: string;
            label: string;
            /** @enum {string} */
            type: "text" | "long_text" | "number" | "money" | "date" | "datetime" | "select" | "multi_select" | "user" | "department" | "location" | "image" | "attachment";
            options: string[];
            required: boolean;
            unique: boolean;
            defaultValue: components["schemas"]["CustomValue"] | null;
            visibleRoleIds: string[];
            /** Format: int64 */
            position: number;
            filterable: boolean;
            /** Format: date-time */
            deletedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CustomFieldCreate: {
            /** @enum {string} */
            object: "customer" | "lead";
            label: string;
            /** @enum {string} */
            type: "text" | "long_text" | "number" | "money" | "date" | "datetime" | "select" | "multi_select" | "user" | "department" | "location" | "image" | "attachment";
            key?: string;
            options?: string[];
            required?: boolean;
            unique?: boolean;
            defaultValue?: components["schemas"]["CustomValue"] | null;
            visibleRoleIds?: string[];
            /** Format: int64 */
            position?: number;
        };
        CustomFieldUpdate: {
            label?: string;
            options?: string[];
            required?: boolean;
            unique?: boolean;
            defaultValue?: components["schemas"]["CustomValue"] | null;
            visibleRoleIds?: string[];
            /** Format: int64 */
            position?: number;
        };
        FormLayoutGroup: {
            title: string;
            fields: string[];
        };
        FormLayout: {
            /** @enum {string} */
            object: "customer" | "lead";
            departmentId: string | null;
            own: boolean;
            inheritedFrom: string | null;
            groups: components["schemas"]["FormLayoutGroup"][];
        };
        FormLayoutWrite: {
            /** @enum {string} */
            object: "customer" | "lead";
            departmentId?: string | null;
            groups: components["schemas"]["FormLayoutGroup"][];
        };
        CustomFieldList: {
            items: components["schemas"]["CustomField"][];
            layout: components["schemas"]["FormLayout"];
        };
        CustomLocation: {
            lat: number;
            lng: number;
            address?: string;
        };
        /** @description A value of a custom field's type (docs/api-custom-fields.md): text, dates, instants, options, user, department and image ids are strings; number a number; money integer fen; multi_select and attachment string arrays; location an object. */
        CustomValue: string | number | string[] | components["schemas"]["CustomLocation"];
        /** @description A contact's protected fields in clear. */
        RevealedContact: {
            id: string;
            mobile: string | null;
            phone: string | null;
            email: string | null;
            wechat: string | null;
            /** @description Reveals the caller has left in the tenant's local day (after this one). */
            revealsLeftToday: number;
        };
        /** @description A lead's protected fields in clear. */
        RevealedLead: {
            mobile: string | null;
            phone: string | null;
            email: string | null;
            wechat: string | null;
            /** @description The lead's protected custom fields the caller's role sees, in clear. */
            customFields: {
                [key: string]: unknown;
            };
            /** @description Reveals the caller has left in the tenant's local day (after this one). */
            revealsLeftToday: number;
        };
        /** @description Which fields the tenant protects (号码保护): masked (138****5678) for readers who neither own the record nor hold field.view_protected, on every surface (lists, detail, search, nearby cards, exports, the audit log's changes), shown in clear only by an audited reveal. */
        FieldProtection: {
            /** @description Built-in fields: phone (a customer's company phone, a contact's and a lead's landline), mobile, email, wechat (contacts and leads), address (the customer's street address). Default: email, mobile, phone, wechat. */
            fields: ("address" | "email" | "mobile" | "phone" | "wechat")[];
            /** @description Keys of protected custom fields per object; only text and long_text fields can be protected. */
            customFields: {
                customer: string[];
                lead: string[];
            };
        };
        FieldProtectionInput: {
            /** @description Built-in fields: phone (a customer's company phone, a contact's and a lead's landline), mobile, email, wechat (contacts and leads), address (the customer's street address). Default: email, mobile, phone, wechat. */
            fields: ("address" | "email" | "mobile" | "phone" | "wechat")[];
            /** @description Protected custom field keys per object (customer, lead; another object is invalid_value); an object left out protects none. */
            customFields?: {
                customer?: string[];
                lead?: string[];
            };
        };
    };
    responses: never;
    parameters: {
        /** @description Id; a malformed id is 404 not_found. */
        Id: string;
        /** @description Language of error messages: en for English, anything else zh-CN (the default). */
        AcceptLanguage: "zh-CN" | "en";
        /** @description Comma-separated Customer keys: the answer (each list item) then has id and only these keys, with the same values and masking as the whole Customer. Leaving out reclaim and the joined names other than ownerName makes it cheaper (no pool rules, four joins fewer). An unknown key is validation.failed on fields. Example: name,city,phone,ownerName,updatedAt. */
        CustomerFields: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    login: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Logged in. Also sets the session cookie quanke_session (HttpOnly, SameSite=Lax, Path=/). */
            200: {
                headers: {
                    /** @description quanke_session=<token>; Path=/; HttpOnly; SameSite=Lax; Max-Age=<seconds> */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            /** @description validation.malformed_json or validation.failed (tenant, username, password required; too_long). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.invalid_credentials (also for unknown tenants and resigned users). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rate_limited (details.retryAfterSeconds): the account is locked after 5 failures in 15 minutes. auth.challenge_required (details.challenge, details.difficulty): the client address failed 20 times in 15 minutes; send the login again with challenge and a solution (the address is never locked; difficulty 14 bits, one more per 25 further failures, at most 18; a challenge is valid 2 minutes, once). */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session is gone; the cookie is cleared. */
            204: {
                headers: {
                    /** @description quanke_session=; Max-Age=0 */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChange"];
            };
        };
        responses: {
            /** @description Changed; the caller's other sessions end. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description validation.malformed_json or validation.failed (newPassword too_short below 8 or too_long above 128 bytes). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.wrong_password: currentPassword is wrong. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listDepartments: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The whole tree as a flat list (not paginated; nextCursor is null). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentList"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs org.view. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createDepartment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DepartmentInput"] & unknown;
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"];
                };
            };
            /** @description validation.malformed_json or validation.failed (name required/too_long; parentId invalid_value when unknown). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs org.create. Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDepartment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The department. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs org.view. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown id, another tenant's id, or outside the caller's data scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteDepartment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs org.delete. Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown id, another tenant's id, or outside the caller's data scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description department.not_empty: it still has sub-departments or users. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateDepartment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DepartmentInput"];
            };
        };
        responses: {
            /** @description The changed department. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"];
                };
            };
            /** @description validation.malformed_json or validation.failed (name required/too_long; parentId invalid_value when unknown). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs org.edit. Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown id, another tenant's id, or outside the caller's data scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description department.cycle: moving it under itself or one of its sub-departments. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description Substring of name, username or mobile. */
                q?: string;
                /** @description Only users of this department. */
                departmentId?: string;
                /** @description Only users with this status. */
                status?: "active" | "resigned";
                /** @description Only users holding this role. */
                roleId?: string;
                /** @description Sort field; '-' for descending. */
                sort?: "name" | "-name" | "username" | "-username" | "createdAt" | "-createdAt";
                /** @description Page size. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users, filtered by the caller's data scope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserList"];
                };
            };
            /** @description validation.failed: q too_long (over 100 bytes); status, departmentId, roleId, sort, limit or cursor invalid_value. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs org.view. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description validation.malformed_json (body is not JSON) or validation.failed (details.fields lists every problem). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs org.create. Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description user.username_taken (details.username) or user.mobile_taken. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs org.view. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown id, another tenant's id, or outside the caller's data scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserPatch"];
            };
        };
        responses: {
            /** @description The changed user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description validation.malformed_json or validation.failed (also username or password invalid_value: they cannot be changed here). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs org.edit. Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown id, another tenant's id, or outside the caller's data scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description user.mobile_taken. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description user.self_resign: a user cannot mark themself resigned. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    resetUserPassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordReset"];
            };
        };
        responses: {
            /** @description Set; the user's sessions end. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description validation.malformed_json or validation.failed (password required, too_short below 8 or too_long above 128 bytes). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs org.edit. Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown id, another tenant's id, or outside the caller's data scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listRoles: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All roles (not paginated; nextCursor is null). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleList"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs org.view. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createRole: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoleInput"] & unknown;
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            /** @description validation.malformed_json or validation.failed (name and dataScope required; permissions invalid_value when unknown). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs org.create. Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description role.name_taken. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRole: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The role. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs org.view. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown id, another tenant's id, or outside the caller's data scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteRole: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs org.delete. Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown id, another tenant's id, or outside the caller's data scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description role.in_use: users still hold it (details.userCount). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description role.builtin: built-in roles cannot be deleted. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateRole: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoleInput"];
            };
        };
        responses: {
            /** @description The changed role. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            /** @description validation.malformed_json (body is not JSON) or validation.failed (details.fields lists every problem). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs org.edit. Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown id, another tenant's id, or outside the caller's data scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description role.name_taken. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description role.builtin: the administrator role's dataScope and permissions cannot be changed. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPermissionCatalogue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every module with its actions; a permission is "module.action". */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermissionCatalogue"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs org.view. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAuditLog: {
        parameters: {
            query?: {
                /** @description Only entries with exactly this action (user.create), or, ending in '.', every action that starts with it (customer.). */
                action?: string;
                /** @description Only entries by this user. */
                actorId?: string;
                /** @description Only entries about this kind of object (customer, lead, user, export, …). */
                objectType?: string;
                /** @description Only entries about this object (with objectType, its history). */
                objectId?: string;
                /** @description Only entries at or after this instant (ISO-8601). */
                from?: string;
                /** @description Only entries before this instant (ISO-8601). */
                to?: string;
                /** @description Page size. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of entries, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryList"];
                };
            };
            /** @description validation.failed: actorId, objectId, from, to, limit or cursor invalid_value; objectType or action too_long. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs org.view and the data scope all. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server and its database answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description unavailable: the database does not answer. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    ping: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        pong: true;
                    };
                };
            };
        };
    };
    getOpenApi: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI 3.0.3 document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
        };
    };
    listCustomers: {
        parameters: {
            query?: {
                /** @description Substring of the name, short name or contact names, or digits of a phone number. With q the list is newest first (sort is ignored) and total is omitted. */
                q?: string;
                /** @description true: only customers the caller owns (ownerId is then ignored). */
                mine?: "true" | "false" | "1" | "0";
                /** @description Only customers of this owner (within the caller's data scope). */
                ownerId?: string;
                /** @description Pool customers of this pool (needs pool.view; a pool the caller may not browse gives an empty list). Owner filters are ignored. */
                poolId?: string;
                /** @description true: pool customers of every pool the caller is a member or admin of (needs pool.view) instead of owned customers. Owner filters are ignored. */
                inPool?: "true" | "false" | "1" | "0";
                /** @description Only customers with this status. */
                status?: "potential" | "interested" | "deal" | "lost";
                /** @description Only customers of this level, or of any level of a comma list (A,B: 客户类型). */
                level?: string;
                /** @description Only customers with these columns not filled in (comma list of industry, province, city, source): a distribution's 未填写 row. Another name: 400 `empty` invalid_value. */
                empty?: string;
                /** @description Exact industry. */
                industry?: string;
                /** @description Exact province. */
                province?: string;
                /** @description Exact city. */
                city?: string;
                /** @description Exact source. */
                source?: string;
                /** @description Only customers carrying this tag. */
                tag?: string;
                /** @description true: only locked customers; false: only unlocked ones. */
                locked?: "true" | "false" | "1" | "0";
                /** @description Last follow-up at or after this instant (ISO-8601). */
                lastFollowUpFrom?: string;
                /** @description Last follow-up before this instant (ISO-8601). */
                lastFollowUpTo?: string;
                /** @description Sort field; '-' for descending. Ignored with q. */
                sort?: "updatedAt" | "-updatedAt" | "createdAt" | "-createdAt" | "name" | "-name" | "lastFollowUpAt" | "-lastFollowUpAt";
                /** @description Page size. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description false: omit total even where the list counts (one owner's list, mine, a pool list). A client paging on (an export's later pages) asks once, on the first page. */
                total?: "true" | "false" | "1" | "0";
                /** @description Comma-separated Customer keys: the answer (each list item) then has id and only these keys, with the same values and masking as the whole Customer. Leaving out reclaim and the joined names other than ownerName makes it cheaper (no pool rules, four joins fewer). An unknown key is validation.failed on fields. Example: name,city,phone,ownerName,updatedAt. */
                fields?: components["parameters"]["CustomerFields"];
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of customers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerList"];
                };
            };
            /** @description validation.failed: q too_long (over 100 bytes); industry, province, city, source or tag too_long (over 200 bytes); status, level, ownerId, poolId, mine, inPool, locked, lastFollowUpFrom, lastFollowUpTo, sort, limit or cursor invalid_value. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs customer.view (pool.view with poolId or inPool). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerDetail"];
                };
            };
            /** @description validation.malformed_json or validation.failed (details.fields lists every problem: name required; too_long; level, status, creditCode, phone, lat, lng, tags invalid_value; lat and lng required together; poolId or ownerId invalid_value; contacts too_long (over 50); a contact's wrong_type/too_long as contacts.<field>, its other issues as contacts[i].<field>). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs customer.create. Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description customer.conflict: a matching customer exists (details.matchedOn, where, matches, and when known teamName, poolName, protectedUntil, customerId). Or pool.limit_reached (details.limit, held). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "customer.conflict",
                     *         "message": "客户已存在（查重），请勿重复录入",
                     *         "details": {
                     *           "matchedOn": "name",
                     *           "where": "owned",
                     *           "matches": 1,
                     *           "teamName": "华东销售部",
                     *           "protectedUntil": "2026-12-10"
                     *         }
                     *       },
                     *       "requestId": "01JDXK3M6Q9W7ZC2N5R8T4V6YB"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCustomers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerBulkRequest"];
            };
        };
        responses: {
            /** @description One result per row, in order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerBulkResult"];
                };
            };
            /** @description validation.malformed_json or validation.failed (items required when absent or empty, wrong_type when not an array, too_long above 500 rows). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs customer.create. Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    checkCustomerConflict: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConflictCheckRequest"];
            };
        };
        responses: {
            /** @description The matches (empty when there is no conflict). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictCheckResult"];
                };
            };
            /** @description validation.malformed_json or validation.failed (name required when none of name, creditCode and phone is given; too_long; excludeId invalid_value). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs customer.view. Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer with its contacts, team and what the caller may do. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerDetail"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown or deleted customer, another tenant's, or one the caller may not see (not owned in the caller's data scope, not on its team, not in a pool the caller is a member or admin of). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs customer.delete and access to this customer. Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown or deleted customer, another tenant's, or one the caller may not see (not owned in the caller's data scope, not on its team, not in a pool the caller is a member or admin of). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateCustomer: {
        parameters: {
            query?: {
                /** @description Comma-separated Customer keys: the answer (each list item) then has id and only these keys, with the same values and masking as the whole Customer. Leaving out reclaim and the joined names other than ownerName makes it cheaper (no pool rules, four joins fewer). An unknown key is validation.failed on fields. Example: name,city,phone,ownerName,updatedAt. */
                fields?: components["parameters"]["CustomerFields"];
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerInput"];
            };
        };
        responses: {
            /** @description The changed customer: CustomerDetail, or with fields a Customer of only id and those keys. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerDetail"] | components["schemas"]["Customer"];
                };
            };
            /** @description validation.malformed_json or validation.failed (details.fields lists every problem: name required when blank; too_long; level, status, creditCode, phone, lat, lng, tags invalid_value; lat and lng required together; poolId, ownerId and contacts invalid_value: they cannot be changed here). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs customer.edit and canEdit on this customer. Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown or deleted customer, another tenant's, or one the caller may not see (not owned in the caller's data scope, not on its team, not in a pool the caller is a member or admin of). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description customer.conflict: a matching customer exists (details.matchedOn, where, matches, and when known teamName, poolName, protectedUntil, customerId). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCustomerOwnerHistory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All entries, newest first (not paginated; nextCursor is null). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnerHistoryList"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown or deleted customer, another tenant's, or one the caller may not see (not owned in the caller's data scope, not on its team, not in a pool the caller is a member or admin of). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revealCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The protected fields in clear. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevealedCustomer"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown or deleted customer, another tenant's, or one the caller may not see (as GET /api/v1/customers/{id}). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description customer.claim_first: the customer is in a pool; claim it first (mask until claimed). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description reveal.quota_exceeded: the caller has spent today's reveals (details.dailyQuota); the count starts again at the tenant's local midnight. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCustomerContacts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All contacts (not paginated; nextCursor is null). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactList"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown or deleted customer, another tenant's, or one the caller may not see (not owned in the caller's data scope, not on its team, not in a pool the caller is a member or admin of). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactInput"] & unknown;
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /** @description validation.malformed_json or validation.failed (name required; name, title, notes, mobile, phone, wechat too_long; mobile, phone (fewer than 5 digits), email (no '@'), birthday (not YYYY-MM-DD) invalid_value). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs customer.edit and canEdit on this customer. Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown or deleted customer, another tenant's, or one the caller may not see (not owned in the caller's data scope, not on its team, not in a pool the caller is a member or admin of). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description customer.conflict: the mobile or phone number belongs to another customer (details.matchedOn phone, where, matches, and when known teamName, poolName, protectedUntil, customerId). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs customer.edit and canEdit on its customer. Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown or deleted contact, or its customer is not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactInput"];
            };
        };
        responses: {
            /** @description The changed contact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /** @description validation.malformed_json or validation.failed (name required when blank; name, title, notes, mobile, phone, wechat too_long; mobile, phone (fewer than 5 digits), email (no '@'), birthday (not YYYY-MM-DD) invalid_value). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs customer.edit and canEdit on its customer. Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown or deleted contact, or its customer is not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description customer.conflict: the mobile or phone number belongs to another customer (details.matchedOn phone, where, matches, and when known teamName, poolName, protectedUntil, customerId). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    claimCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Claimed; the customer as its new owner sees it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerDetail"];
                };
            };
            /** @description validation.malformed_json: a body was sent and is not a JSON object. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description pool.not_member: the caller is not a member of the pool. Or permission.denied: needs pool.claim. Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown or deleted customer, another tenant's, or a customer outside the caller's scope (also one a colleague claimed a moment ago). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description pool.not_in_pool: it is owned and the caller can see it (or it was claimed by someone else in the same instant). pool.cooldown: the caller held it recently (details.until, the first date it may be claimed back). pool.daily_claim_limit (details.limit). pool.limit_reached (details.limit, held). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    assignCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignRequest"];
            };
        };
        responses: {
            /** @description Assigned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerDetail"];
                };
            };
            /** @description validation.malformed_json or validation.failed (userId required; invalid_value when unknown or resigned). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs pool.assign and to administer the pool (or the whole-company data scope). Or pool.not_member: the assignee is not a member of the pool. Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown or deleted customer, another tenant's, or one the caller may not see (not owned in the caller's data scope, not on its team, not in a pool the caller is a member or admin of). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description pool.not_in_pool: it is owned. pool.limit_reached: the assignee holds as many as allowed (details.limit, held). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    releaseCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReleaseRequest"];
            };
        };
        responses: {
            /** @description Released; now a pool customer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerDetail"];
                };
            };
            /** @description validation.malformed_json or validation.failed (reason required or too_long; poolId invalid_value when unknown, required when there is no pool to return it to). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: the caller may not release it (canRelease). Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown or deleted customer, another tenant's, or one the caller may not see (not owned in the caller's data scope, not on its team, not in a pool the caller is a member or admin of). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description pool.not_owned: it is in a pool already. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    transferCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferRequest"];
            };
        };
        responses: {
            /** @description Transferred. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerDetail"];
                };
            };
            /** @description validation.malformed_json or validation.failed (userId required; invalid_value when unknown, resigned, outside the caller's data scope or already the owner; keepPreviousOwnerInTeam wrong_type). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs customer.transfer and canTransfer. Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown or deleted customer, another tenant's, or one the caller may not see (not owned in the caller's data scope, not on its team, not in a pool the caller is a member or admin of). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description pool.not_owned: a pool customer (claim or assign it instead). pool.limit_reached: the receiver holds as many as allowed (details.limit, held). conflict: it changed hands meanwhile. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    lockCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Locked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerDetail"];
                };
            };
            /** @description validation.malformed_json: a body was sent and is not a JSON object. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: the caller may not lock it (canLock). Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown or deleted customer, another tenant's, or one the caller may not see (not owned in the caller's data scope, not on its team, not in a pool the caller is a member or admin of). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description customer.lock_limit: the owner has locked as many customers as the home pool allows (details.limit). pool.not_owned: pool customers cannot be locked. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    unlockCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Unlocked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerDetail"];
                };
            };
            /** @description validation.malformed_json: a body was sent and is not a JSON object. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: the caller may not unlock it (canLock). Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown or deleted customer, another tenant's, or one the caller may not see (not owned in the caller's data scope, not on its team, not in a pool the caller is a member or admin of). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description pool.not_owned: pool customers cannot be locked or unlocked. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPools: {
        parameters: {
            query?: {
                /** @description customer (default), lead or all. */
                kind?: "customer" | "lead" | "all";
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All pools of the tenant by sortOrder (not paginated; nextCursor is null). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PoolList"];
                };
            };
            /** @description validation.failed: an unknown kind. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs pool.view. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createPool: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PoolCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pool"];
                };
            };
            /** @description validation.malformed_json or validation.failed (name required or too_long; description too_long; sortOrder wrong_type; members invalid_value (type not user/department, id not a string id, or unknown); admins invalid_value when unknown; rules.* wrong_type or invalid_value, e.g. rules.noFollowUp.days). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs pool.configure. Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPool: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pool with its rules in effect now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pool"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs pool.view. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown id or another tenant's pool. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deletePool: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs pool.configure. Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown id or another tenant's pool. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description pool.not_empty: customers are in it or governed by it (details.customers). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updatePool: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PoolInput"];
            };
        };
        responses: {
            /** @description The changed pool. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pool"];
                };
            };
            /** @description validation.malformed_json or validation.failed (name required or too_long; description too_long; sortOrder wrong_type; members invalid_value (type not user/department, id not a string id, or unknown); admins invalid_value when unknown; rules invalid_value: use PUT /api/v1/pools/{id}/rules). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs pool.configure or to administer this pool (details.permission). Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown id or another tenant's pool. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPoolRuleVersions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every version, newest first (not paginated; nextCursor is null). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleVersionList"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs pool.view. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown id or another tenant's pool. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setPoolRules: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RulesUpdate"];
            };
        };
        responses: {
            /** @description The new version. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleVersion"];
                };
            };
            /** @description validation.malformed_json or validation.failed (rules required; rules wrong_type; rules.* wrong_type or invalid_value, e.g. rules.noFollowUp.days, rules.protection.maxDays below days, rules.reclaimToPoolId or rules.holdingLimitOverrides unknown; effectiveAt invalid_value when not an instant or more than a day in the past). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs pool.configure or to administer this pool (details.permission). Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown id or another tenant's pool. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    previewReclaim: {
        parameters: {
            query?: {
                /** @description The instant of the sweep (ISO-8601); default now. */
                at?: string;
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customers a sweep at `at` would reclaim and the reminders it would send. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SweepPreview"];
                };
            };
            /** @description validation.failed: at invalid_value. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs pool.view, and pool.configure or to administer a pool. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    runReclaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SweepRunRequest"];
            };
        };
        responses: {
            /** @description What the sweep did. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SweepRunResult"];
                };
            };
            /** @description validation.malformed_json or validation.failed (at invalid_value, wrong_type or too_long). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs pool.configure. Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unavailable: another sweep of the tenant is running, or the database does not answer. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    previewHandover: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Their number and the first 200. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandoverPreview"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs org.edit. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown user, another tenant's, or outside the caller's data scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    handoverCustomers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HandoverRequest"];
            };
        };
        responses: {
            /** @description How many customers moved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HandoverResult"];
                };
            };
            /** @description validation.malformed_json or validation.failed (mode required or invalid_value; toUserId required with user; toUserIds required with round_robin; toUserId/toUserIds invalid_value when unknown, resigned, outside the caller's data scope or the user themself; poolId invalid_value when unknown, required when a customer has no home pool). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs org.edit. Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown user, another tenant's, or outside the caller's data scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                /** @description true: only unread notifications (any other value: all). */
                unread?: "true" | "false";
                /** @description Page size. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of notifications, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationList"];
                };
            };
            /** @description validation.failed: limit or cursor invalid_value. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    countUnreadNotifications: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's unread notifications. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCount"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown id, or not the caller's notification. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    markAllNotificationsRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    uploadAttachment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file; its filename becomes the attachment name.
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Stored. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            /** @description validation.failed: file required (the body is not well-formed multipart/form-data or has no part named file). attachment.empty: the file is empty. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the file is above 20 MiB (or the body above the upload limit). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description attachment.type_not_allowed: the content is not an allowed type (checked by its bytes). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    downloadAttachment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bytes, with the stored content type (Attachment.contentType). */
            200: {
                headers: {
                    /** @description inline; filename*=UTF-8''<percent-encoded name> */
                    "Content-Disposition"?: string;
                    /** @description private, max-age=86400 */
                    "Cache-Control"?: string;
                    /** @description nosniff */
                    "X-Content-Type-Options"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown id, another tenant's, or the caller neither uploaded it nor may see the customer of the follow-up it is attached to. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listFollowUps: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Accepted for uniformity with other lists: only createdAt or -createdAt; the order stays newest first whatever it says. */
                sort?: "createdAt" | "-createdAt";
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of follow-ups with their attachments, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpList"];
                };
            };
            /** @description validation.failed: limit, cursor or sort invalid_value. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown or deleted customer, another tenant's, or one the caller may not see (not owned in the caller's data scope, not on its team, not in a pool the caller is a member or admin of). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createFollowUp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FollowUpInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUp"];
                };
            };
            /** @description validation.malformed_json or validation.failed: text required (blank without attachments), too_long; type invalid_value, too_long; contactId invalid_value (not a contact of this customer), wrong_type; nextFollowUpAt invalid_value (not ISO-8601, or more than 24 hours in the past), too_long; attachmentIds too_long (more than 20), invalid_value (unknown, uploaded by someone else, or already attached), wrong_type. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs followup.create and write access to this customer. Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown or deleted customer, another tenant's, or one the caller may not see (not owned in the caller's data scope, not on its team, not in a pool the caller is a member or admin of). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteFollowUp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: not the author within 24 hours and no followup.delete. Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown or deleted follow-up, or its customer is not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listFeed: {
        parameters: {
            query?: {
                /** @description Only items by this actor. */
                userId?: string;
                /** @description Only items by users of this department or its sub-departments. */
                departmentId?: string;
                /** @description Only items about this customer. */
                customerId?: string;
                /** @description Only items of this type. */
                type?: "followup" | "customer.create" | "customer.claim" | "customer.release" | "customer.transfer" | "customer.reclaim" | "worklog";
                /** @description Page size. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Accepted for uniformity with other lists: only createdAt or -createdAt; the order stays newest first whatever it says. */
                sort?: "createdAt" | "-createdAt";
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of feed items, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedItemList"];
                };
            };
            /** @description validation.failed: userId, departmentId, customerId (not an id), type, limit, cursor or sort invalid_value. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    likeFeedItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The like count and likedByMe true. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LikeState"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown or deleted feed item, another tenant's, or one the caller may not see (its actor is not in the caller's data scope and its customer is not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    unlikeFeedItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The like count and likedByMe false. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LikeState"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown or deleted feed item, another tenant's, or one the caller may not see (its actor is not in the caller's data scope and its customer is not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listFeedComments: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Accepted for uniformity with other lists: only createdAt or -createdAt; the order stays oldest first whatever it says. */
                sort?: "createdAt" | "-createdAt";
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of comments, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentList"];
                };
            };
            /** @description validation.failed: limit, cursor or sort invalid_value. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown or deleted feed item, another tenant's, or one the caller may not see (its actor is not in the caller's data scope and its customer is not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addFeedComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            /** @description validation.malformed_json or validation.failed: text required (blank), too_long, wrong_type; mentions invalid_value (not an active user of the tenant), wrong_type. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown or deleted feed item, another tenant's, or one the caller may not see (its actor is not in the caller's data scope and its customer is not visible to the caller). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCustomerTeam: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The whole team (not paginated; nextCursor is null). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMemberDetailList"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown or deleted customer, another tenant's, or one the caller may not see (not owned in the caller's data scope, not on its team, not in a pool the caller is a member or admin of). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addCustomerTeamMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamMemberInput"];
            };
        };
        responses: {
            /** @description Added (or access changed). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMemberDetail"];
                };
            };
            /** @description validation.malformed_json or validation.failed: userId required, invalid_value (unknown, not active, or the owner), wrong_type; access invalid_value, too_long, wrong_type. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: only the customer's owner, or a caller with customer.edit who has the owner in their data scope. Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown or deleted customer, another tenant's, or one the caller may not see (not owned in the caller's data scope, not on its team, not in a pool the caller is a member or admin of). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description pool.not_owned: the customer is in a pool; pool customers have no team. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeCustomerTeamMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
                /** @description The member to remove; a malformed id is 404 not_found. */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: only the customer's owner, or a caller with customer.edit who has the owner in their data scope, or the member themselves. Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown or deleted customer, another tenant's, or one the caller may not see (not owned in the caller's data scope, not on its team, not in a pool the caller is a member or admin of). Or the user is not on its team (the owner is not a team member). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCustomerDiscussion: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Accepted for uniformity with other lists: only createdAt or -createdAt; the order stays oldest first whatever it says. */
                sort?: "createdAt" | "-createdAt";
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of messages (feedItemId null), oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentList"];
                };
            };
            /** @description validation.failed: limit, cursor or sort invalid_value. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown or deleted customer, another tenant's, or one the caller may not see (not owned in the caller's data scope, not on its team, not in a pool the caller is a member or admin of). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addCustomerDiscussion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            /** @description validation.malformed_json or validation.failed: text required (blank), too_long, wrong_type; mentions invalid_value (not an active user of the tenant), wrong_type. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown or deleted customer, another tenant's, or one the caller may not see (not owned in the caller's data scope, not on its team, not in a pool the caller is a member or admin of). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getHomeTodos: {
        parameters: {
            query?: {
                /** @description A customer is forgotten after this many days without a follow-up. */
                forgottenDays?: number;
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The to-do lists. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Todos"];
                };
            };
            /** @description validation.failed: forgottenDays invalid_value (not an integer from 1 to 3650). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    streamNotifications: {
        parameters: {
            query?: {
                /** @description Same as Last-Event-ID, for EventSource polyfills that cannot set headers; ignored when the header is present. */
                lastEventId?: string;
            };
            header?: {
                /** @description The id of the last event received; resume after it. */
                "Last-Event-ID"?: string;
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An open text/event-stream (charset utf-8). */
            200: {
                headers: {
                    /** @description no-cache */
                    "Cache-Control"?: string;
                    /** @description no (tells nginx not to buffer) */
                    "X-Accel-Buffering"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example id: 1234567890123
                     *     event: notification
                     *     data: {"id":"1234567890123","type":"feed.comment","title":"张三 评论了你的动态「华东机械」","body":"","objectType":"customer","objectId":"1234567890100","createdAt":"2026-11-26T09:30:00Z","readAt":null}
                     *
                     *     : ping
                     */
                    "text/event-stream": string;
                };
            };
            /** @description validation.failed: Last-Event-ID invalid_value (not an id; also for the lastEventId parameter). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every webhook of the tenant, oldest first (not paginated; nextCursor is null). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookList"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs settings.configure (details.permission). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookInput"] & unknown;
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description validation.malformed_json or validation.failed: url required, too_long, invalid_value (not http(s)://host…), wrong_type; events too_long (more than 50), invalid_value (an empty event, one longer than 64 or with a comma), wrong_type; enabled, allowPrivate wrong_type. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs settings.configure (details.permission). Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description webhook.private_address: the host resolves to a loopback, private, link-local or unspecified address and allowPrivate is not true. webhook.unresolvable: the host does not resolve. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs settings.configure (details.permission). Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown webhook, or another tenant's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookInput"];
            };
        };
        responses: {
            /** @description The webhook as changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description validation.malformed_json or validation.failed: url too_long, invalid_value (not http(s)://host…), wrong_type; events too_long (more than 50), invalid_value (an empty event, one longer than 64 or with a comma), wrong_type; enabled, allowPrivate wrong_type. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs settings.configure (details.permission). Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown webhook, or another tenant's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description webhook.private_address: the host resolves to a loopback, private, link-local or unspecified address and allowPrivate is not true. webhook.unresolvable: the host does not resolve. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Accepted for uniformity with other lists: only createdAt or -createdAt; the order stays newest first whatever it says. */
                sort?: "createdAt" | "-createdAt";
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryList"];
                };
            };
            /** @description validation.failed: limit, cursor or sort invalid_value. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs settings.configure (details.permission). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown webhook, or another tenant's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    testWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookTestResult"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs settings.configure (details.permission). Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown webhook, or another tenant's. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWorkLogs: {
        parameters: {
            query?: {
                /** @description Only logs by this author. */
                authorId?: string;
                /** @description Only logs of this kind. */
                kind?: "daily" | "weekly" | "monthly";
                /** @description Only periods starting on or after this day (YYYY-MM-DD). */
                from?: string;
                /** @description Only periods starting on or before this day (YYYY-MM-DD). */
                to?: string;
                /** @description Page size. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Accepted for uniformity with other lists: only createdAt or -createdAt; the order stays newest first whatever it says. */
                sort?: "createdAt" | "-createdAt";
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of work logs (readers empty), newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkLogList"];
                };
            };
            /** @description validation.failed: authorId, kind, from, to, limit, cursor or sort invalid_value. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    submitWorkLog: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkLogInput"];
            };
        };
        responses: {
            /** @description The saved log (created or updated). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkLog"];
                };
            };
            /** @description validation.malformed_json or validation.failed: kind required, invalid_value, too_long; date invalid_value (not YYYY-MM-DD, or in the future), too_long; summary required (blank), too_long; plan, issues too_long; customerIds too_long (more than 50), invalid_value (unknown, deleted, or owned by someone outside the caller's data scope), wrong_type. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description already_exists: another submission of the same log for the same period was saved at the same moment (PostgreSQL); sending it again updates that log. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWorkLogDraft: {
        parameters: {
            query?: {
                /** @description Default daily. */
                kind?: "daily" | "weekly" | "monthly";
                /** @description Any day of the period; default today in the tenant's time zone. */
                date?: string;
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The log or draft. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkLog"];
                };
            };
            /** @description validation.failed: kind or date invalid_value. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMissingWorkLogs: {
        parameters: {
            query?: {
                /** @description Default today in the tenant's time zone. */
                date?: string;
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every such user, by name (not paginated; nextCursor is null). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRefList"];
                };
            };
            /** @description validation.failed: date invalid_value. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWorkLog: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The log with its readers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkLog"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown id, another tenant's, or the author is not in the caller's data scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    nearbyCustomers: {
        parameters: {
            query: {
                /** @description Latitude of the centre in degrees (-90…90). */
                lat: number;
                /** @description Longitude of the centre in degrees (-180…180). */
                lng: number;
                /** @description Radius in metres. */
                radius?: number;
                /** @description Most customers to answer (an integer). */
                limit?: number;
                /** @description mine: customers the caller owns; team: owned customers in the caller's data scope or team; pool: pool customers the caller may browse; all: team and pool. */
                scope?: "all" | "mine" | "team" | "pool";
                /** @description gcj02: lat and lng are GCJ-02 and the answer's coordinates (center, items' lat and lng) are GCJ-02 too; else WGS-84. */
                coord?: "wgs84" | "gcj02";
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Nearby customers, nearest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NearbyResult"];
                };
            };
            /** @description validation.failed: lat or lng required, invalid_value (not a finite number, or out of range); radius invalid_value (not a number, below 1 or above 50000); limit invalid_value (not an integer 1–200); scope invalid_value. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs customer.view. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCheckIns: {
        parameters: {
            query?: {
                /** @description Only check-ins by this user. */
                userId?: string;
                /** @description Only check-ins at this customer. */
                customerId?: string;
                /** @description Only check-ins with this score. */
                score?: "verified" | "suspicious" | "unverifiable";
                /** @description Only check-ins at or after this instant (ISO-8601). */
                from?: string;
                /** @description Only check-ins before this instant (ISO-8601). */
                to?: string;
                /** @description Page size. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Accepted for uniformity with other lists: only at or -at; the order stays newest first whatever it says. */
                sort?: "at" | "-at";
                /** @description gcj02: answer coordinates (lat, lng) in GCJ-02 for a Chinese map provider; anything else: WGS-84. */
                coord?: "wgs84" | "gcj02";
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of check-ins, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInList"];
                };
            };
            /** @description validation.failed: userId, customerId, score, from, to, limit, cursor or sort invalid_value. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs visit.view. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCheckIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckInInput"];
            };
        };
        responses: {
            /** @description The saved check-in with its score and reasons. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckIn"];
                };
            };
            /** @description validation.malformed_json or validation.failed: lat, lng, accuracyM required, wrong_type (not a JSON number); lat or lng invalid_value (out of range; one of them is named); accuracyM invalid_value (negative); provider, purpose, notes too_long; mockLocation wrong_type; customerId invalid_value, wrong_type; attachmentIds wrong_type, too_long (more than 9), invalid_value (unknown, uploaded by someone else, or already attached); photoTakenAt invalid_value (not ISO-8601), too_long, wrong_type; coord invalid_value, too_long; capturedAt invalid_value (not ISO-8601), too_long, wrong_type. checkin.captured_in_future: capturedAt more than 5 minutes after the server's time (details.maxSkewMinutes); checkin.captured_too_old: capturedAt more than 7 days ago (details.maxAgeDays). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs visit.create (details.permission), or the caller may see the customer but is not its owner, does not have its owner in their data scope and is not on its team with write access (e.g. a pool customer). Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown or deleted customer, another tenant's, or one the caller may not see (not owned in the caller's data scope, not on its team, not in a pool the caller is a member or admin of). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description checkin.suspicious: the policy is block and the check-in is suspicious; details.reasons lists the reason codes. Nothing is written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "checkin.suspicious",
                     *         "message": "签到异常，公司设置为拦截异常签到",
                     *         "details": {
                     *           "reasons": "far_from_customer,mock_location"
                     *         }
                     *       },
                     *       "requestId": "01JDXK3M6Q9W7ZC2N5R8T4V6YB"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCheckIn: {
        parameters: {
            query?: {
                /** @description gcj02: answer coordinates (lat, lng) in GCJ-02 for a Chinese map provider; anything else: WGS-84. */
                coord?: "wgs84" | "gcj02";
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The check-in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckIn"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs visit.view. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown id, another tenant's, or its user is not in the caller's data scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCheckInPolicy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy (defaults until changed). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInPolicy"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setCheckInPolicy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckInPolicyInput"];
            };
        };
        responses: {
            /** @description The policy now in force. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInPolicy"];
                };
            };
            /** @description validation.malformed_json or validation.failed: policy wrong_type, too_long, invalid_value (not flag or block); maxDistanceM (10–100000), maxAccuracyM (5–100000), maxSpeedKmh (1–2000) wrong_type, invalid_value; photoMaxAgeMinutes wrong_type (not an integer), invalid_value (1–100000). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs settings.configure (details.permission). Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMapSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings (the default until changed). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MapSettings"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setMapSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MapSettingsInput"];
            };
        };
        responses: {
            /** @description The settings now in force. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MapSettings"];
                };
            };
            /** @description validation.malformed_json or validation.failed: preset required, wrong_type, too_long, invalid_value (not amap, tencent, osm, custom or none); customUrl wrong_type, too_long (over 500 bytes), required (preset custom without a URL), invalid_value (not http or https with a host, without {x}, {y} or {-y}, and {z}, or with spaces, quotes or angle brackets); customGcj02 wrong_type. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs settings.configure (details.permission). Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRevealSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings (defaults until changed). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevealSettings"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setRevealSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevealSettings"];
            };
        };
        responses: {
            /** @description The settings now in force. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevealSettings"];
                };
            };
            /** @description validation.malformed_json or validation.failed: dailyQuota required, wrong_type (not an integer), invalid_value (0–1000). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs settings.configure (details.permission). Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listVisitPlans: {
        parameters: {
            query?: {
                /** @description Only plans of this user. */
                userId?: string;
                /** @description Only plans with plannedAt at or after this instant (ISO-8601). */
                from?: string;
                /** @description Only plans with plannedAt before this instant (ISO-8601). */
                to?: string;
                /** @description Only plans with this status. */
                status?: "planned" | "done" | "missed";
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plans by plannedAt. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitPlanList"];
                };
            };
            /** @description validation.failed: userId, from, to or status invalid_value. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createVisitPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VisitPlanInput"];
            };
        };
        responses: {
            /** @description The plan. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitPlan"];
                };
            };
            /** @description validation.malformed_json or validation.failed: customerId required, invalid_value, wrong_type; plannedAt required, invalid_value (not ISO-8601), too_long, wrong_type; remindMinutesBefore wrong_type (not an integer), invalid_value (below 0 or above 10080); notes too_long, wrong_type. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs visit.create (details.permission). Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown or deleted customer, another tenant's, or one the caller may not see (not owned in the caller's data scope, not on its team, not in a pool the caller is a member or admin of). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteVisitPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: the plan is someone else's (whom the caller has in their data scope). Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown id, another tenant's plan, or its planner is not in the caller's data scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateVisitPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VisitPlanPatch"];
            };
        };
        responses: {
            /** @description The plan. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitPlan"];
                };
            };
            /** @description validation.malformed_json or validation.failed: customerId invalid_value (the customer cannot be changed), wrong_type; plannedAt invalid_value, too_long, wrong_type; remindMinutesBefore wrong_type, invalid_value; notes too_long, wrong_type. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: the plan is someone else's (whom the caller has in their data scope). Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown id, another tenant's plan, or its planner is not in the caller's data scope. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    visitStats: {
        parameters: {
            query?: {
                /** @description Start instant (ISO-8601); default 30 days ago. */
                from?: string;
                /** @description End instant, exclusive (ISO-8601); default now. */
                to?: string;
                /** @description Only users of this department and its sub-departments (still within the caller's data scope). */
                departmentId?: string;
                /** @description A customer is forgotten when its last visit was more than this many days (of 24 hours) before now. */
                forgottenDays?: number;
                /** @description 客户类型: customers of these levels only (comma-separated A, B, C, D): their check-ins and the never-visited / forgotten counts. Another value: 400 `customerLevels` invalid_value. */
                customerLevels?: string;
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statistics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitStats"];
                };
            };
            /** @description validation.failed: from, to, departmentId or forgottenDays (not an integer in 1..3650) invalid_value. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs visit.view. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listNeglectedCustomers: {
        parameters: {
            query: {
                /** @description never or forgotten. */
                kind: "never" | "forgotten";
                /** @description A customer is forgotten when its last visit was more than this many days (of 24 hours) before now. */
                forgottenDays?: number;
                /** @description Only customers owned by people of this department and its sub-departments (still within the caller's data scope). */
                departmentId?: string;
                /** @description Only this person's customers; a person outside the caller's data scope is 403. */
                ownerId?: string;
                /** @description The previous page's nextCursor. */
                cursor?: string;
                /** @description 1..200, default 20. */
                limit?: number;
                /** @description 客户类型: customers of these levels only (comma-separated A, B, C, D): their check-ins and the never-visited / forgotten counts. Another value: 400 `customerLevels` invalid_value. */
                customerLevels?: string;
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of customers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NeglectedCustomerPage"];
                };
            };
            /** @description validation.failed: kind required / invalid_value; forgottenDays (not an integer in 1..3650), departmentId, ownerId, limit or cursor invalid_value. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs visit.view; ownerId outside the caller's data scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: ownerId is not a user of the caller's tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    lookupUsers: {
        parameters: {
            query?: {
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching users, by name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                            departmentName: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description validation.failed (q too_long). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getFeedItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item as the feed shows it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedItem"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown, deleted, another tenant's or not visible to the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWebhookEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notification types. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items?: string[];
                    };
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs settings.configure. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    visitMap: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                userId?: string;
                coord?: "wgs84" | "gcj02";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The points. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checkIns: {
                            id: string;
                            lat: number;
                            lng: number;
                            /** @enum {string} */
                            score: "verified" | "suspicious" | "unverifiable";
                            userName: string;
                            /** @description "" for a check-in without a customer. */
                            customerName: string;
                            /** Format: date-time */
                            at: string;
                        }[];
                        customers: {
                            id: string;
                            name: string;
                            lat: number;
                            lng: number;
                            /** @description "" for a pool customer. */
                            ownerName: string;
                        }[];
                    };
                };
            };
            /** @description validation.failed (from, to, userId invalid_value). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs visit.view. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSetupState: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description needed: no company exists yet. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetupState"];
                };
            };
        };
    };
    setUpCompany: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetupRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetupResult"];
                };
            };
            /** @description validation.malformed_json or validation.failed: code required/invalid_value; name required/too_long; adminUsername required/invalid_value; adminPassword required/too_short/too_long; adminName too_long; timeZone invalid_value. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description setup.done: a company exists (log in instead). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMessageSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenant's settings (default zh-CN, no base URL). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageSettings"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs settings.configure. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putMessageSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageSettings"];
            };
        };
        responses: {
            /** @description Saved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageSettings"];
                };
            };
            /** @description validation.failed: language required/invalid_value; publicBaseUrl required/invalid_value (not an http(s) URL, or with a query or fragment)/too_long. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs settings.configure. Or auth.csrf. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listLeads: {
        parameters: {
            query?: {
                /** @description Substring of name, company, campaign or title; or a whole phone number. */
                q?: string;
                /** @description true: only the caller's leads. */
                mine?: "true" | "false";
                /** @description Only this owner's. */
                ownerId?: string;
                /** @description Leads in this lead pool. */
                poolId?: string;
                /** @description true: leads in any lead pool the caller may browse. */
                inPool?: "true" | "false";
                /** @description new, contacting, qualified, converted or invalid. */
                status?: string;
                /** @description Only from this source. */
                sourceId?: string;
                /** @description Exact campaign. */
                campaign?: string;
                /** @description Exact province. */
                province?: string;
                /** @description Exact city. */
                city?: string;
                /** @description Exact industry. */
                industry?: string;
                /** @description Created on or after this date (tenant zone). */
                createdFrom?: string;
                /** @description Created on or before this date. */
                createdTo?: string;
                /** @description createdAt or updatedAt, - for descending (default -createdAt). */
                sort?: string;
                /** @description 1–200 (default 20). */
                limit?: number;
                /** @description From the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of leads. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadList"];
                };
            };
            /** @description validation.failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createLead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadCreate"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadDetail"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description lead.conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    bulkCreateLeads: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadBulkRequest"];
            };
        };
        responses: {
            /** @description Per-row results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadBulkResult"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    checkLeadConflict: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadConflictRequest"];
            };
        };
        responses: {
            /** @description The matches. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadConflictResult"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getLead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lead. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadDetail"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteLead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateLead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadInput"];
            };
        };
        responses: {
            /** @description After the edit. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadDetail"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description lead.read_only. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setLeadStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadStatusRequest"];
            };
        };
        responses: {
            /** @description After the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadDetail"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description lead.read_only. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    claimLead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Claimed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadDetail"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied, pool.not_member. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description pool.cooldown, pool.daily_claim_limit, pool.limit_reached, pool.not_in_pool. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    assignLead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignRequest"];
            };
        };
        responses: {
            /** @description Assigned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadDetail"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied, pool.not_member. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description pool.limit_reached, pool.not_in_pool. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    releaseLead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReleaseRequest"];
            };
        };
        responses: {
            /** @description Released. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadDetail"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description pool.not_owned. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    transferLead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignRequest"];
            };
        };
        responses: {
            /** @description Transferred. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadDetail"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description lead.read_only, pool.not_owned. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listLeadFollowUps: {
        parameters: {
            query?: {
                /** @description 1–200. */
                limit?: number;
                /** @description From the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of follow-ups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpList"];
                };
            };
            /** @description validation.failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addLeadFollowUp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadFollowUpInput"];
            };
        };
        responses: {
            /** @description Written. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUp"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description lead.read_only. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    leadHistory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The history. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadHistoryList"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    convertLead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadConvertRequest"];
            };
        };
        responses: {
            /** @description Converted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadConvertResult"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description customer.conflict, lead.read_only, pool.limit_reached. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getLeadConversionMapping: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mapping (the default when none was set). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversionMapping"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setLeadConversionMapping: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversionMapping"];
            };
        };
        responses: {
            /** @description The mapping. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversionMapping"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listLeadSources: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every source with its monthly costs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadSourceList"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createLeadSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadSourceInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadSource"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description lead.source_exists. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteLeadSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description lead.source_in_use. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateLeadSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadSourceInput"];
            };
        };
        responses: {
            /** @description After the edit. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadSource"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description lead.source_exists. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPushRules: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rules. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PushRuleList"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setPushRules: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushRulesUpdate"];
            };
        };
        responses: {
            /** @description The rules. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PushRuleList"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listLeadForms: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenant's forms. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadFormList"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs pool.configure. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createLeadForm: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadFormInput"];
            };
        };
        responses: {
            /** @description The new form. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadForm"];
                };
            };
            /** @description validation.malformed_json or validation.failed: name required/too_long; poolId required/invalid_value (not a lead pool of the tenant); sourceId invalid_value (not a lead source of the tenant); campaign too_long; thanks too_long; fields wrong_type/invalid_value (an unknown or repeated key, no name or company field, or no mobile, phone, email or wechat field)/too_long (a label over 100 bytes); perMinute wrong_type/invalid_value (1..1000000). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs pool.configure. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteLeadForm: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs pool.configure. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown id or another tenant's form. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateLeadForm: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadFormPatch"];
            };
        };
        responses: {
            /** @description The changed form. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadForm"];
                };
            };
            /** @description validation.malformed_json or validation.failed: as for POST /api/v1/lead-forms; rotateToken wrong_type. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs pool.configure. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown id or another tenant's form. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicForm: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The form's token (32 characters of A-Z, a-z, 0-9, - and _). */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The form. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicForm"];
                };
            };
            /** @description form.not_found: unknown or disabled token. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    submitPublicForm: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description The form's token (32 characters of A-Z, a-z, 0-9, - and _). */
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicFormSubmission"];
            };
        };
        responses: {
            /** @description Received. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicFormReceived"];
                };
            };
            /** @description validation.malformed_json or validation.failed: fields wrong_type (not an object); fields.<key> required (a required field missing or blank; a name or company and a way to reach the lead are always needed), too_long, invalid_value (a key the form does not ask for, a mobile or phone with fewer than 5 digits, an email without @), wrong_type (not a string). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description form.not_found: unknown or disabled token. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is over 8 KB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description form.rejected: the honeypot field website was filled. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rate_limited: the client address sent 20 in the last minute, or the form took its perMinute (details.retryAfterSeconds, header Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getLeadAnalysis: {
        parameters: {
            query?: {
                /** @description First local date (YYYY-MM-DD) of the range; default the first of the month of `to` (or of this month). */
                from?: string;
                /** @description Last local date of the range (inclusive); default the last of the month of `from` (or of this month). At most 3 years after from. */
                to?: string;
                groupBy?: "source" | "campaign" | "month" | "owner";
                sourceId?: string;
                campaign?: string;
                /** @description Leads owned by users of this department or below. */
                departmentId?: string;
                /** @description Leads owned by this user. */
                userId?: string;
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The table. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadAnalysis"];
                };
            };
            /** @description validation.failed: from/to invalid_value (not a date; to before from or more than 3 years after it); groupBy invalid_value; sourceId/departmentId/userId invalid_value. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs report.view. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportLeadAnalysis: {
        parameters: {
            query?: {
                /** @description First local date (YYYY-MM-DD) of the range; default the first of the month of `to` (or of this month). */
                from?: string;
                /** @description Last local date of the range (inclusive); default the last of the month of `from` (or of this month). At most 3 years after from. */
                to?: string;
                groupBy?: "source" | "campaign" | "month" | "owner";
                sourceId?: string;
                campaign?: string;
                /** @description Leads owned by users of this department or below. */
                departmentId?: string;
                /** @description Leads owned by this user. */
                userId?: string;
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook (Content-Disposition: attachment). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description validation.failed: as for GET /api/v1/lead-analysis. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs report.export. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    previewLeadReclaim: {
        parameters: {
            query?: {
                /** @description The instant of the sweep (ISO-8601); default now. */
                at?: string;
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The leads a sweep at `at` would reclaim. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadSweepPreview"];
                };
            };
            /** @description validation.failed: at invalid_value. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs lead.view, and pool.configure or to administer a lead pool. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSalesProcesses: {
        parameters: {
            query?: {
                /** @description true: disabled ones too. */
                includeDisabled?: "true" | "false";
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The processes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesProcessList"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createSalesProcess: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SalesProcessInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesProcess"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSalesProcess: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesProcess"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteSalesProcess: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description process.in_use. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateSalesProcess: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SalesProcessInput"];
            };
        };
        responses: {
            /** @description After the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesProcess"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description process.stage_in_use. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSalesProcessVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
                /** @description The version number. */
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The snapshot. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SalesProcessVersion"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listOpportunities: {
        parameters: {
            query?: {
                /** @description Substring of the name or the customer's name. */
                q?: string;
                /** @description true: only the caller's. */
                mine?: "true" | "false";
                /** @description Only this owner's. */
                ownerId?: string;
                /** @description Owners in this department's subtree. */
                departmentId?: string;
                /** @description Only this customer's. */
                customerId?: string;
                /** @description Only this process's. */
                processId?: string;
                /** @description Only those in this stage now. */
                stageId?: string;
                /** @description Comma list of open, won, lost, invalid. */
                status?: string;
                /** @description true: only stale ones. */
                stale?: "true" | "false";
                /** @description YYYY-MM: expected close date in that month. */
                closeMonth?: string;
                /** @description YYYY-MM: closed in that month (tenant zone). */
                closedMonth?: string;
                /** @description With processId: highest position ever entered >= N. */
                reachedPosition?: number;
                /** @description Lost with this reason. */
                lostReason?: string;
                /** @description Created on or after this date (tenant zone). */
                createdFrom?: string;
                /** @description Created on or before this date. */
                createdTo?: string;
                /** @description -createdAt (default), createdAt, -amountFen, expectedCloseDate, -updatedAt. */
                sort?: string;
                /** @description 1–200 (default 20). */
                limit?: number;
                /** @description From the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of opportunities. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityList"];
                };
            };
            /** @description validation.failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createOpportunity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpportunityInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityDetail"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOpportunity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The opportunity. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityDetail"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteOpportunity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateOpportunity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpportunityInput"];
            };
        };
        responses: {
            /** @description After the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityDetail"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    moveOpportunity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpportunityMove"];
            };
        };
        responses: {
            /** @description After the move. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityDetail"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description opportunity.version_conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description opportunity.bad_stage, opportunity.feedback_required, opportunity.reason_required, opportunity.stage_skipped, request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    opportunityHistory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stage changes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityHistory"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOpportunityFunnel: {
        parameters: {
            query?: {
                /** @description The sales process; default the tenant's default process. */
                processId?: string;
                /** @description First creation date (YYYY-MM-DD, tenant zone); default January 1st of the year of `to` (or of this year). */
                from?: string;
                /** @description Last creation date (inclusive); default December 31st of the year of `from` (or of this year). */
                to?: string;
                /** @description Opportunities owned by users of this department or below (within the data scope). */
                departmentId?: string;
                /** @description Opportunities owned by this user. */
                ownerId?: string;
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The funnel. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityFunnel"];
                };
            };
            /** @description validation.failed: from/to invalid_value (not a date; to before from); processId/departmentId/ownerId invalid_value. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs report.view. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: processId names no process of the caller's tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOpportunityForecast: {
        parameters: {
            query?: {
                /** @description First month (YYYY-MM); default this month (tenant zone). */
                from?: string;
                /** @description Last month (inclusive); default five months after `from`. At most 24 months in all. */
                to?: string;
                /** @description One sales process; default every process. */
                processId?: string;
                /** @description Opportunities owned by users of this department or below (within the data scope). */
                departmentId?: string;
                /** @description Opportunities owned by this user. */
                ownerId?: string;
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The months in order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityForecast"];
                };
            };
            /** @description validation.failed: from/to invalid_value (not YYYY-MM; to before from or more than 24 months in all); processId/departmentId/ownerId invalid_value. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs report.view. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: processId names no process of the caller's tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportOpportunityFunnel: {
        parameters: {
            query?: {
                /** @description The sales process; default the tenant's default process. */
                processId?: string;
                /** @description First creation date (YYYY-MM-DD, tenant zone); default January 1st of the year of `to` (or of this year). */
                from?: string;
                /** @description Last creation date (inclusive); default December 31st of the year of `from` (or of this year). */
                to?: string;
                /** @description Opportunities owned by users of this department or below (within the data scope). */
                departmentId?: string;
                /** @description Opportunities owned by this user. */
                ownerId?: string;
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook (Content-Disposition: attachment). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description validation.failed: as for GET /api/v1/opportunities/funnel. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs report.export. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: processId names no process of the caller's tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listApprovalFlows: {
        parameters: {
            query?: {
                /** @description Only this subject type's. */
                subjectType?: "contract" | "discount" | "contract_change" | "receipt" | "expense" | "leave";
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The flows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalFlowList"];
                };
            };
            /** @description validation.failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createApprovalFlow: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalFlowInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalFlow"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApprovalFlow: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The flow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalFlow"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApprovalFlow: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateApprovalFlow: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalFlowInput"];
            };
        };
        responses: {
            /** @description The flow. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalFlow"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listApprovals: {
        parameters: {
            query?: {
                /** @description pending (default), done or mine. */
                box?: "pending" | "done" | "mine";
                /** @description Only this subject type's. */
                subjectType?: "contract" | "discount" | "contract_change" | "receipt" | "expense" | "leave";
                /** @description Only in this status. */
                status?: "pending" | "approved" | "rejected" | "returned" | "withdrawn";
                /** @description Substring of the title. */
                q?: string;
                /** @description With subjectType: that object's approvals. */
                subjectId?: string;
                /** @description 1-200, default 20. */
                limit?: number;
                /** @description nextCursor of the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The approvals. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalList"];
                };
            };
            /** @description validation.failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    approvalCounts: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalCounts"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApproval: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The approval. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalDetail"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    approveApproval: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalDecision"];
            };
        };
        responses: {
            /** @description After the decision. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalDetail"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description approval.not_your_turn, auth.csrf. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description approval.closed, approval.version_conflict, conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch, contract.below_received (a change order whose new total is below what was received meanwhile). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    rejectApproval: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalDecision"];
            };
        };
        responses: {
            /** @description After the decision. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalDetail"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description approval.not_your_turn, auth.csrf. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description approval.closed, approval.version_conflict, conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    returnApproval: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalDecision"];
            };
        };
        responses: {
            /** @description After the decision. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalDetail"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description approval.not_your_turn, auth.csrf. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description approval.closed, approval.version_conflict, conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    commentApproval: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalComment"];
            };
        };
        responses: {
            /** @description With the comment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalDetail"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    withdrawApproval: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalWithdraw"];
            };
        };
        responses: {
            /** @description After the withdrawal. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalDetail"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description approval.not_your_turn, auth.csrf. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description approval.closed, approval.version_conflict, conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createApprovalRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalRequestInput"];
            };
        };
        responses: {
            /** @description The approval of the new request. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalDetail"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listProductCategories: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductCategoryList"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createProductCategory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductCategoryInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductCategory"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteProductCategory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description product_category.in_use. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateProductCategory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductCategoryInput"];
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductCategory"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description product_category.cycle. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listProducts: {
        parameters: {
            query?: {
                /** @description Substring of the code or name. */
                q?: string;
                /** @description The category and its subtree. */
                categoryId?: string;
                /** @description on or off. */
                status?: string;
                /** @description code (default), name, -listPriceFen, -createdAt. */
                sort?: string;
                /** @description 1–200 (default 20). */
                limit?: number;
                /** @description From the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductList"];
                };
            };
            /** @description validation.failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description product.code_taken. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductInput"];
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description product.code_taken. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getContractSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractSettings"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putContractSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContractSettings"];
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractSettings"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listContracts: {
        parameters: {
            query?: {
                /** @description Substring of the number, name or customer name. */
                q?: string;
                /** @description true: only the caller's. */
                mine?: "true" | "false";
                /** @description Only this owner's. */
                ownerId?: string;
                /** @description Owners in this department's subtree. */
                departmentId?: string;
                /** @description Only this customer's. */
                customerId?: string;
                /** @description Only this opportunity's. */
                opportunityId?: string;
                /** @description Comma list of draft, pending, active, ended, void. */
                status?: string;
                /** @description Signed on or after. */
                signedFrom?: string;
                /** @description Signed on or before. */
                signedTo?: string;
                /** @description Active, end date within N days from today. */
                endingWithinDays?: number;
                /** @description true: owedFen > 0 (active or ended). */
                owed?: "true" | "false";
                /** @description -createdAt (default), -signDate, endDate, -totalFen, number. */
                sort?: string;
                /** @description 1–200 (default 20). */
                limit?: number;
                /** @description From the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractList"];
                };
            };
            /** @description validation.failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createContract: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContractInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractDetail"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description contract.version_conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getContract: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractDetail"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteContract: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description contract.not_draft. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateContract: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContractInput"];
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractDetail"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description contract.amount_locked, contract.locked, contract.void. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    submitContract: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContractVersion"];
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractDetail"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description contract.locked, contract.not_draft, contract.version_conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    voidContract: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonInput"];
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractDetail"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description contract.has_receipts, contract.locked, contract.not_active, contract.version_conflict, contract.void. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    renewContract: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContractInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractDetail"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description contract.version_conflict. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listContractChanges: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeOrderList"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createContractChange: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeOrderInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeOrder"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description contract.change_pending, contract.locked, contract.not_active, contract.version_conflict, contract.void. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description contract.below_received, request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putContractInstalments: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InstalmentPlan"];
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractDetail"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description contract.locked, contract.version_conflict, contract.void. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description instalment.below_received, request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    customerContractsSummary: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractsSummary"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listReceipts: {
        parameters: {
            query?: {
                /** @description Only this contract's. */
                contractId?: string;
                /** @description Only this customer's. */
                customerId?: string;
                /** @description true: only the caller's. */
                mine?: "true" | "false";
                /** @description Only this owner's. */
                ownerId?: string;
                /** @description Owners in this department's subtree. */
                departmentId?: string;
                /** @description pending, confirmed or rejected. */
                status?: string;
                /** @description Received on or after. */
                from?: string;
                /** @description Received on or before. */
                to?: string;
                /** @description -receivedOn (default), -amountFen. */
                sort?: string;
                /** @description 1–200 (default 20). */
                limit?: number;
                /** @description From the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptList"];
                };
            };
            /** @description validation.failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createReceipt: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceiptInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Receipt"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description contract.locked, contract.not_active. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description receipt.exceeds_instalment, receipt.exceeds_owed, request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getReceipt: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Receipt"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteReceipt: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description receipt.confirmed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listReceivables: {
        parameters: {
            query?: {
                /** @description true: only the caller's. */
                mine?: "true" | "false";
                /** @description Only this owner's. */
                ownerId?: string;
                /** @description Owners in this department's subtree. */
                departmentId?: string;
                /** @description Only this customer's. */
                customerId?: string;
                /** @description not_due, d1_30, d31_90, d90_plus. */
                bucket?: string;
                /** @description dueDate (default), -owedFen. */
                sort?: string;
                /** @description 1–200 (default 20). */
                limit?: number;
                /** @description From the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceivableList"];
                };
            };
            /** @description validation.failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    receivablesAgeing: {
        parameters: {
            query?: {
                /** @description Only this owner's. */
                ownerId?: string;
                /** @description Owners in this department's subtree. */
                departmentId?: string;
                /** @description Only this customer's. */
                customerId?: string;
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ageing"];
                };
            };
            /** @description validation.failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listInvoices: {
        parameters: {
            query?: {
                /** @description Only this contract's. */
                contractId?: string;
                /** @description Only this customer's. */
                customerId?: string;
                /** @description true: only the caller's. */
                mine?: "true" | "false";
                /** @description issued or void. */
                status?: string;
                /** @description Issued on or after. */
                from?: string;
                /** @description Issued on or before. */
                to?: string;
                /** @description -issuedOn (default). */
                sort?: string;
                /** @description 1–200 (default 20). */
                limit?: number;
                /** @description From the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceList"];
                };
            };
            /** @description validation.failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createInvoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvoiceInput"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description contract.locked, contract.not_active, invoice.number_taken. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invoice.exceeds_total, request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    voidInvoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonInput"];
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMetricCatalogue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The catalogue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricCatalogue"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMetricReport: {
        parameters: {
            query?: {
                /** @description Comma list of metric keys (GET /api/v1/reports/metrics/catalogue); default every metric. */
                metrics?: string;
                /** @description yesterday, today, thisWeek, lastWeek (Monday to Sunday), thisMonth (default), lastMonth, thisQuarter, lastQuarter, thisYear, or all (from 2000-01-01 to today: imported records may predate the tenant); resolved in the tenant's zone. Not with from/to. */
                preset?: string;
                /** @description First day (YYYY-MM-DD, tenant zone); with `to` instead of a preset. */
                from?: string;
                /** @description Last day (inclusive); from <= to, less than 3 years after from. */
                to?: string;
                /** @description The level shown: a department inside the caller's data scope; default the company, or the caller's department when the scope is narrower. */
                departmentId?: string;
                /** @description department (default: the level's child departments, then its direct members) or user (everyone in the subtree). */
                groupBy?: string;
                /** @description A chosen metric key, `-` prefix for descending; default `-` + the first metric. */
                sort?: string;
                /** @description 客户类型: only records whose customer has one of these levels count (comma-separated A, B, C, D; a record without a customer — a work log, an unconverted lead — counts for none). Such figures are read from the records, not the day aggregate. Another value: 400 `customerLevels` invalid_value. */
                customerLevels?: string;
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricReport"];
                };
            };
            /** @description validation.failed: from/to invalid_value (not a date, only one given, to before from, 3 years or more apart); preset invalid_value (unknown, or given with from/to); metrics invalid_value (an unknown key); groupBy invalid_value; sort invalid_value (not a chosen metric); departmentId invalid_value (malformed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs report.view; departmentId (or userId) outside the caller's data scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: departmentId is not a department of the caller's tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportMetricReport: {
        parameters: {
            query?: {
                /** @description Comma list of metric keys (GET /api/v1/reports/metrics/catalogue); default every metric. */
                metrics?: string;
                /** @description yesterday, today, thisWeek, lastWeek (Monday to Sunday), thisMonth (default), lastMonth, thisQuarter, lastQuarter, thisYear, or all (from 2000-01-01 to today: imported records may predate the tenant); resolved in the tenant's zone. Not with from/to. */
                preset?: string;
                /** @description First day (YYYY-MM-DD, tenant zone); with `to` instead of a preset. */
                from?: string;
                /** @description Last day (inclusive); from <= to, less than 3 years after from. */
                to?: string;
                /** @description The level shown: a department inside the caller's data scope; default the company, or the caller's department when the scope is narrower. */
                departmentId?: string;
                /** @description department (default: the level's child departments, then its direct members) or user (everyone in the subtree). */
                groupBy?: string;
                /** @description A chosen metric key, `-` prefix for descending; default `-` + the first metric. */
                sort?: string;
                /** @description 客户类型: only records whose customer has one of these levels count (comma-separated A, B, C, D; a record without a customer — a work log, an unconverted lead — counts for none). Such figures are read from the records, not the day aggregate. Another value: 400 `customerLevels` invalid_value. */
                customerLevels?: string;
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook (Content-Disposition: attachment). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description validation.failed: as for GET /api/v1/reports/metrics. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs report.export; departmentId (or userId) outside the caller's data scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: departmentId is not a department of the caller's tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMetricRecords: {
        parameters: {
            query: {
                /** @description One metric key. */
                metric: string;
                /** @description yesterday, today, thisWeek, lastWeek (Monday to Sunday), thisMonth (default), lastMonth, thisQuarter, lastQuarter, thisYear, or all (from 2000-01-01 to today: imported records may predate the tenant); resolved in the tenant's zone. Not with from/to. */
                preset?: string;
                /** @description First day (YYYY-MM-DD, tenant zone); with `to` instead of a preset. */
                from?: string;
                /** @description Last day (inclusive); from <= to, less than 3 years after from. */
                to?: string;
                /** @description One person in the caller's data scope. */
                userId?: string;
                /** @description The people of a department (subtree) inside the caller's data scope; not with userId. Neither: everyone in the scope. */
                departmentId?: string;
                /** @description The previous page's nextCursor. */
                cursor?: string;
                /** @description 1..200, default 50. */
                limit?: number;
                /** @description 客户类型: only records whose customer has one of these levels count (comma-separated A, B, C, D; a record without a customer — a work log, an unconverted lead — counts for none). Such figures are read from the records, not the day aggregate. Another value: 400 `customerLevels` invalid_value. */
                customerLevels?: string;
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricRecordPage"];
                };
            };
            /** @description validation.failed: from/to invalid_value (not a date, only one given, to before from, 3 years or more apart); preset invalid_value (unknown, or given with from/to); metric required / invalid_value; userId invalid_value (malformed, or given with departmentId); departmentId invalid_value (malformed); limit or cursor invalid_value. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs report.view; departmentId (or userId) outside the caller's data scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: departmentId or userId is not a department / user of the caller's tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportMetricRecords: {
        parameters: {
            query: {
                /** @description One metric key. */
                metric: string;
                /** @description yesterday, today, thisWeek, lastWeek (Monday to Sunday), thisMonth (default), lastMonth, thisQuarter, lastQuarter, thisYear, or all (from 2000-01-01 to today: imported records may predate the tenant); resolved in the tenant's zone. Not with from/to. */
                preset?: string;
                /** @description First day (YYYY-MM-DD, tenant zone); with `to` instead of a preset. */
                from?: string;
                /** @description Last day (inclusive); from <= to, less than 3 years after from. */
                to?: string;
                /** @description One person in the caller's data scope. */
                userId?: string;
                /** @description The people of a department (subtree) inside the caller's data scope; not with userId. Neither: everyone in the scope. */
                departmentId?: string;
                /** @description 客户类型: only records whose customer has one of these levels count (comma-separated A, B, C, D; a record without a customer — a work log, an unconverted lead — counts for none). Such figures are read from the records, not the day aggregate. Another value: 400 `customerLevels` invalid_value. */
                customerLevels?: string;
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook (Content-Disposition: attachment). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description validation.failed: as for GET /api/v1/reports/records; report.too_large (details.limit, details.total): more than 100,000 records. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs report.export; departmentId (or userId) outside the caller's data scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: as for GET /api/v1/reports/records. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    writeTargets: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TargetWrite"];
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetList"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description target.locked. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTargetSheet: {
        parameters: {
            query: {
                /** @description A targetable metric key (GET /api/v1/reports/metrics/catalogue). */
                metric: string;
                /** @description The calendar year (the ISO year for weeks). */
                year: number;
                /** @description 客户类型: the targets of one customer level (A, B, C or D), whose actuals count only that level's customers; absent for every customer. Another value: 400 `customerLevel` invalid_value. */
                customerLevel?: "A" | "B" | "C" | "D";
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetSheet"];
                };
            };
            /** @description validation.failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    decomposeTarget: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecomposeInput"];
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Decomposition"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listTargetLocks: {
        parameters: {
            query: {
                /** @description The calendar year. */
                year: number;
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetLockList"];
                };
            };
            /** @description validation.failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    lockTargetPeriod: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description 2026, 2026-Q4, 2026-12 or 2026-W49 (ISO week). */
                period: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description validation.failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    unlockTargetPeriod: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description 2026, 2026-Q4, 2026-12 or 2026-W49 (ISO week). */
                period: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description validation.failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listTargetChanges: {
        parameters: {
            query?: {
                /** @description One metric. */
                metric?: string;
                /** @description One period; a year names every period inside it. */
                period?: string;
                /** @description 1–200 (default 20). */
                limit?: number;
                /** @description From the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetChangeList"];
                };
            };
            /** @description validation.failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTargetAttainment: {
        parameters: {
            query: {
                /** @description A targetable metric key (GET /api/v1/reports/metrics/catalogue). */
                metric: string;
                /** @description 2026, 2026-Q4, 2026-12 or 2026-W49; default this month (tenant zone). */
                period?: string;
                /** @description The level; default the company, or the caller's department when the data scope is narrower. Outside the scope: permission.denied; unknown: not_found. */
                departmentId?: string;
                /** @description 客户类型: the targets of one customer level (A, B, C or D), whose actuals count only that level's customers; absent for every customer. Another value: 400 `customerLevel` invalid_value. */
                customerLevel?: "A" | "B" | "C" | "D";
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attainment"];
                };
            };
            /** @description validation.failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportTargetAttainment: {
        parameters: {
            query: {
                /** @description A targetable metric key (GET /api/v1/reports/metrics/catalogue). */
                metric: string;
                /** @description 2026, 2026-Q4, 2026-12 or 2026-W49; default this month (tenant zone). */
                period?: string;
                /** @description The level; default the company, or the caller's department when the data scope is narrower. Outside the scope: permission.denied; unknown: not_found. */
                departmentId?: string;
                /** @description 客户类型: the targets of one customer level (A, B, C or D), whose actuals count only that level's customers; absent for every customer. Another value: 400 `customerLevel` invalid_value. */
                customerLevel?: "A" | "B" | "C" | "D";
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook (Content-Disposition: attachment). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description validation.failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMyTargets: {
        parameters: {
            query?: {
                /** @description Default this month (tenant zone). */
                period?: string;
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyTargets"];
                };
            };
            /** @description validation.failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCustomerDistribution: {
        parameters: {
            query?: {
                /** @description province, city, industry (default), level, source or status. */
                by?: string;
                /** @description The level shown: a department inside the caller's data scope; default the company, or the caller's department when the scope is narrower. */
                departmentId?: string;
                /** @description Only customers whose province is one of these (comma-separated, at most 20, each at most 150 bytes): the spellings people typed for one region, e.g. 广东,广东省 — the map's drill into a province's cities. */
                provinces?: string;
                /** @description 客户类型: only records whose customer has one of these levels count (comma-separated A, B, C, D; a record without a customer — a work log, an unconverted lead — counts for none). Such figures are read from the records, not the day aggregate. Another value: 400 `customerLevels` invalid_value. */
                customerLevels?: string;
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerDistribution"];
                };
            };
            /** @description validation.failed: by invalid_value (not one of the columns); departmentId invalid_value (malformed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs report.view; departmentId outside the caller's data scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: departmentId is not a department of the caller's tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCustomerOverview: {
        parameters: {
            query?: {
                /** @description The level shown: a department inside the caller's data scope; default the company, or the caller's department when the scope is narrower. */
                departmentId?: string;
                /** @description 客户类型: only records whose customer has one of these levels count (comma-separated A, B, C, D; a record without a customer — a work log, an unconverted lead — counts for none). Such figures are read from the records, not the day aggregate. Another value: 400 `customerLevels` invalid_value. */
                customerLevels?: string;
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerOverview"];
                };
            };
            /** @description validation.failed: departmentId invalid_value (malformed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs report.view; departmentId outside the caller's data scope. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: departmentId is not a department of the caller's tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listRecycleBin: {
        parameters: {
            query?: {
                /** @description Only this kind: customer, contact, lead, opportunity, product, contract, follow_up or receipt. */
                kind?: string;
                /** @description Substring of the title (name; a product's code and name; a contract's number and name; a follow-up's type and text; a receipt's amount and contract number), at most 200 bytes. */
                q?: string;
                /** @description 1–200 (default 20). */
                limit?: number;
                /** @description From the previous page. */
                cursor?: string;
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecycleBinList"];
                };
            };
            /** @description validation.failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    restoreFromRecycleBin: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description customer, contact, lead, opportunity, product, contract, follow_up or receipt. */
                kind: "customer" | "contact" | "lead" | "opportunity" | "product" | "contract" | "follow_up" | "receipt";
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restored record, and where a customer went. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecycleBinRestored"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description contract.locked, contract.not_active, recycle.code_taken, recycle.conflict, recycle.expired, recycle.no_pool, recycle.parent_deleted. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description receipt.exceeds_instalment, receipt.exceeds_owed, request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    purgeFromRecycleBin: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description customer, contact, lead, opportunity, product, contract, follow_up or receipt. */
                kind: "customer" | "contact" | "lead" | "opportunity" | "product" | "contract" | "follow_up" | "receipt";
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description recycle.in_use. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listImports: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The imports. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobList"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    startImport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportRequest"];
            };
        };
        responses: {
            /** @description The queued job. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
                };
            };
            /** @description validation.malformed_json or validation.failed (object, policy — attach for customers only —, rows required/wrong_type, fileName too_long). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs the object's permission (customer.import for customers, settings.configure for products (the permission that creates them), target.configure for targets). Or auth.csrf. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the upload limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description import.too_many_rows: more than 50,000 rows (details max, rows). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getImport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The import. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such import of the tenant, or not the caller's (admins see every import of the tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    streamImport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An open text/event-stream (charset utf-8). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such import of the tenant, or not the caller's (admins see every import of the tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    cancelImport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job as it stands (cancelRequested true; status cancelled once the runner stopped). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
                };
            };
            /** @description validation.failed: a malformed Idempotency-Key. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such import of the tenant, or not the caller's (admins see every import of the tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listImportErrors: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportRowErrorList"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such import of the tenant, or not the caller's (admins see every import of the tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    downloadImportErrors: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such import of the tenant, or not the caller's (admins see every import of the tenant). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listImportTemplates: {
        parameters: {
            query?: {
                object?: "customers" | "products" | "targets";
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The templates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportTemplateList"];
                };
            };
            /** @description validation.failed: object invalid_value. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs the object's import permission. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    saveImportTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportTemplateInput"];
            };
        };
        responses: {
            /** @description The saved template. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportTemplate"];
                };
            };
            /** @description validation.malformed_json or validation.failed (object invalid_value, name required/too_long, mapping required/wrong_type/too_long). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs the object's import permission. Or auth.csrf. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteImportTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs the import permission of the template's object. Or auth.csrf. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listExports: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The jobs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportJobList"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    startExport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExportRequest"];
            };
        };
        responses: {
            /** @description The queued job. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportJob"];
                };
            };
            /** @description validation.failed: object or query invalid_value, or the list's own field errors for its query parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied (no export permission, or the list's own view permission), or auth.csrf. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description export.too_many_open: the caller has 3 exports queued or running already. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getExport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportJob"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such export of the tenant, or not the caller's (an export belongs to its exporter alone). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    cancelExport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportJob"];
                };
            };
            /** @description validation.failed: a malformed Idempotency-Key. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such export of the tenant, or not the caller's (an export belongs to its exporter alone). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    downloadExport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such export of the tenant, or not the caller's (an export belongs to its exporter alone). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description export.not_ready: the job has not finished with a file (queued, running, cancelled or failed). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description export.expired: the file was made more than 7 days ago. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCustomFields: {
        parameters: {
            query: {
                /** @description customer or lead. */
                object: "customer" | "lead";
                /** @description true: every field (settings.configure). */
                includeDeleted?: "true" | "false" | "1" | "0";
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomFieldList"];
                };
            };
            /** @description validation.failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCustomField: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomFieldCreate"];
            };
        };
        responses: {
            /** @description OK. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomField"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description custom_field.key_taken, custom_field.label_taken. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description custom_field.too_many, request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCustomField: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateCustomField: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomFieldUpdate"];
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomField"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description custom_field.label_taken, custom_field.not_unique. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getFormLayout: {
        parameters: {
            query: {
                /** @description customer or lead. */
                object: "customer" | "lead";
                /** @description The department; absent: the company default. */
                departmentId?: string;
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormLayout"];
                };
            };
            /** @description validation.failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putFormLayout: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FormLayoutWrite"];
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormLayout"];
                };
            };
            /** @description validation.failed, validation.malformed_json. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteFormLayout: {
        parameters: {
            query: {
                /** @description customer or lead. */
                object: "customer" | "lead";
                /** @description The department; absent: the company default. */
                departmentId?: string;
            };
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description validation.failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required, auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf, permission.denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.idempotency_mismatch. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revealContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact's protected fields in clear. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevealedContact"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown or deleted contact, another tenant's, or one whose customer the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description customer.claim_first: the customer is in a pool; claim it first (mask until claimed). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description reveal.quota_exceeded: the caller has spent today's reveals (details.dailyQuota); the count starts again at the tenant's local midnight. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revealLead: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                /** @description Id; a malformed id is 404 not_found. */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lead's protected fields in clear. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevealedLead"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: unknown or deleted lead, another tenant's, or one the caller may not see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description lead.claim_first: the lead is in a lead pool; claim it first. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description reveal.quota_exceeded: the caller has spent today's reveals (details.dailyQuota); the count starts again at the tenant's local midnight. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getFieldProtection: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The setting (the default until changed). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FieldProtection"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setFieldProtection: {
        parameters: {
            query?: never;
            header?: {
                /** @description Language of error messages: en for English, anything else zh-CN (the default). */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FieldProtectionInput"];
            };
        };
        responses: {
            /** @description The setting now in force. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FieldProtection"];
                };
            };
            /** @description validation.malformed_json or validation.failed: fields required, wrong_type or invalid_value (a name not in the list); customFields.<object> wrong_type or invalid_value (not customer or lead, or a key that is not a text or long_text field of that object). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description auth.required or auth.session_expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description permission.denied: needs settings.configure (details.permission). Or auth.csrf: cookie-authenticated request without the matching X-CSRF-Token header. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description request.too_large: the body is above the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
