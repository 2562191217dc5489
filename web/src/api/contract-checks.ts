// Compile-time checks that the hand-written API types (src/api/*.ts) agree with the schemas
// generated from the server's OpenAPI document (openapi.gen.ts, `npm run gen:api`). Nothing
// here exists at run time; `npm run typecheck` (vue-tsc) fails on a disagreement with
//   Type '"Customer.lat: null only in the schema"' does not satisfy the constraint 'never'.
// naming the type, the property path and what differs.
//
// Responses (what the web reads) must agree both ways: the same properties, the same
// optionality and nullability, the same value types. Request bodies (what the web sends) must
// fit the schema: no property the schema lacks, every property the schema requires, and values
// of the schema's types; leaving out optional ones is fine. Query strings likewise, as
// client.ts's buildUrl writes them: null and "" are left out, booleans become "true"/"false".
//
// Where the OpenAPI document is wrong and the web type right, the disagreement is listed as
// known (`Known`) until openapi.json is fixed; a known entry that no longer occurs fails too,
// so the list cannot go stale.
import type { components, operations } from './openapi.gen'
import {
  getMetricCatalogue,
  type CustomerDistribution,
  type CustomerDistributionQuery,
  type CustomerOverview,
  type MetricKey,
  type MetricRecord,
  type MetricReport,
  type MetricReportQuery,
  type RecordsPage,
  type RecordsQuery,
} from './reports'
import type {
  Attainment,
  AttainmentQuery,
  DecomposeAnswer,
  DecomposeOverPeople,
  DecomposeOverTime,
  MineAnswer,
  PeriodLock,
  Target,
  TargetChange,
  TargetSheet,
  TargetWrite,
} from './targets'
import type {
  Department,
  FieldIssue,
  LoginRequest,
  LoginResponse,
  MeResponse,
  PermissionCatalog,
  Role,
  RoleRef,
  Tenant,
  User,
} from './types'
import type {
  ConflictCheckInput,
  ConflictCheckResult,
  ConflictMatch,
  Contact,
  ContactInput,
  Customer,
  CustomerCreateInput,
  CustomerDetail,
  CustomerInput,
  CustomerListQuery,
  HandoverInput,
  HandoverPreview,
  handoverUser,
  OwnerHistoryEntry,
  ReclaimInfo,
  RevealedCustomer,
  RevealedOneContact,
  FieldProtection,
  RevealSettings,
} from './customers'
import type {
  Pool,
  PoolCreateInput,
  PoolMember,
  PoolRuleVersion,
  PoolRules,
  PoolUpdateInput,
  ReclaimPreview,
  ReclaimPreviewItem,
  ReclaimRunResult,
} from './pools'
import type { AppNotification, getUnreadNotificationCount, NotificationListQuery } from './notifications'
import type {
  Attachment,
  Comment,
  CommentInput,
  Delivery,
  FeedItem,
  FeedQuery,
  FollowUp,
  FollowUpInput,
  likeFeedItem,
  MessageSettings,
  TeamMember,
  TodoCustomer,
  Todos,
  Webhook,
  WebhookInput,
} from './activity'
import type {
  CheckIn,
  CheckInInput,
  CheckInPolicy,
  MapSettings,
  MapSettingsInput,
  CheckInQuery,
  NearbyAnswer,
  NearbyQuery,
  Reason,
  ReasonCode,
  VisitMap,
  VisitPlan,
  VisitPlanChange,
  VisitPlanInput,
  VisitPlanQuery,
  VisitStats,
  NeglectedCustomer,
  NeglectedQuery,
} from './visits'
import type { WorkLog, WorkLogInput, WorkLogQuery, WorkLogStats, PersonRef } from './work-logs'
import type { RecycleBinItem, RecycleBinQuery, RecycleBinRestored } from './recycle-bin'
import type { AuditChange, AuditEntry, AuditLogQuery } from './audit'
import type {
  BulkLeadsResult,
  ConversionMapping,
  ConvertInput,
  ConvertResult,
  Lead,
  LeadConflictInput,
  LeadConflictResult,
  LeadCreateInput,
  LeadDetail,
  RevealedLead,
  LeadFollowUpInput,
  LeadHistoryEntry,
  LeadInput,
  LeadListQuery,
  LeadSource,
  LeadSourceInput,
  LeadUpdateInput,
  PushRule,
} from './leads'
import type { UserCreateInput, UserListQuery, UserLookup, UserUpdateInput } from './users'
import type { DepartmentInput } from './departments'
import type { RoleInput } from './roles'
import type { SetupInput, SetupResult, SetupStatus } from './setup'
import type { ExportJob, ExportObject } from './exports'
import type { CustomField, CustomFieldCreate, CustomFieldList, CustomFieldUpdate, FormLayout, FormLayoutWrite } from './custom-fields'
import type { ImportJob, ImportObject, ImportPolicy, ImportRowError, ImportTemplate } from './imports'
import type {
  FeedbackField,
  Forecast,
  Funnel,
  MoveInput,
  Opportunity,
  OpportunityCreateInput,
  OpportunityDetail,
  OpportunityInput,
  OpportunityItem,
  OpportunityListQuery,
  SalesProcess,
  SalesProcessInput,
  SalesProcessVersion,
  Stage,
  StageChange,
  StageInput,
} from './deals'

// --- the comparison --------------------------------------------------------------------------

type Schemas = components['schemas']

/** Fails to compile unless T is never; the error shows T, i.e. every disagreement found. */
type Expect<T extends never> = T

type Mode = 'response' | 'request' | 'query'

type IsAny<T> = 0 extends 1 & T ? true : false
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type Fits<A, B> = [A] extends [B] ? true : false

type OptionalKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? K : never }[keyof T]
type Str<K> = K extends string ? K : K extends number ? `${K}` : '[key]'

type IsArray<T> = [T] extends [readonly unknown[]] ? true : false
type IsObject<T> = [T] extends [object] ? (IsArray<T> extends true ? false : T extends (...args: never[]) => unknown ? false : true) : false

/**
 * The disagreements between the web's type W and the schema's type S, as "path: what" strings.
 * `null` is compared apart from the rest, arrays by their items, objects property by property.
 */
export type ContractDiff<W, S, Path extends string, M extends Mode = 'response'> =
  IsAny<W> extends true
    ? never
    : IsAny<S> extends true
      ? never
      : [S] extends [never]
        ? `${Path}: no such schema (never)`
        : [W] extends [never]
          ? `${Path}: the web type is never`
          : NullDiff<W, S, Path, M> | ValueDiff<Exclude<W, null | undefined>, Exclude<S, null | undefined>, Path, M>

type Nullable<T> = null extends T ? true : false

type NullDiff<W, S, Path extends string, M extends Mode> =
  Nullable<W> extends Nullable<S>
    ? never
    : Nullable<W> extends true
      ? M extends 'query'
        ? never
        : `${Path}: null only in the web type`
      : M extends 'response'
        ? `${Path}: null only in the schema`
        : never

/** A query value as buildUrl sends it ("" and null are left out). */
type Sent<T> = T extends boolean ? `${T}` : T extends '' ? never : T

type ValueDiff<W, S, Path extends string, M extends Mode> =
  IsArray<W> extends true
    ? IsArray<S> extends true
      ? ContractDiff<ItemOf<W>, ItemOf<S>, `${Path}[]`, M>
      : `${Path}: an array only in the web type`
    : IsArray<S> extends true
      ? `${Path}: an array only in the schema`
      : IsObject<W> extends true
        ? IsObject<S> extends true
          ? ObjectDiff<W, S, Path, M>
          : `${Path}: an object only in the web type`
        : IsObject<S> extends true
          ? `${Path}: an object only in the schema`
          : (M extends 'response' ? Mutual<W, S> : M extends 'query' ? Fits<Sent<W>, S> : Fits<W, S>) extends true
            ? never
            : `${Path}: value types differ`

type ItemOf<T> = T extends readonly (infer I)[] ? I : never

/** Named properties, without index signatures. */
type KnownKeys<T> = keyof { [K in keyof T as string extends K ? never : number extends K ? never : K]: 0 }
type HasIndex<T> = string extends keyof T ? true : false

type ObjectDiff<W, S, Path extends string, M extends Mode> =
  | IndexDiff<W, S, Path, M>
  | { [K in Exclude<KnownKeys<W>, KnownKeys<S>>]: `${Path}.${Str<K>}: only in the web type` }[Exclude<KnownKeys<W>, KnownKeys<S>>]
  | {
      [K in Exclude<KnownKeys<S>, KnownKeys<W>>]: M extends 'response'
        ? `${Path}.${Str<K>}: only in the schema`
        : K extends OptionalKeys<S>
          ? never
          : `${Path}.${Str<K>}: required by the schema, missing in the web type`
    }[Exclude<KnownKeys<S>, KnownKeys<W>>]
  | {
      [K in KnownKeys<W> & KnownKeys<S>]:
        | OptionalDiff<K extends OptionalKeys<W> ? true : false, K extends OptionalKeys<S> ? true : false, `${Path}.${Str<K>}`, M>
        | ContractDiff<Exclude<W[K & keyof W], undefined>, Exclude<S[K & keyof S], undefined>, `${Path}.${Str<K>}`, M>
    }[KnownKeys<W> & KnownKeys<S>]

type IndexDiff<W, S, Path extends string, M extends Mode> = [HasIndex<W>, HasIndex<S>] extends [true, true]
  ? ContractDiff<W[string & keyof W], S[string & keyof S], `${Path}[key]`, M>
  : [HasIndex<W>, HasIndex<S>] extends [false, false]
    ? never
    : HasIndex<W> extends true
      ? `${Path}: any key only in the web type`
      : `${Path}: any key only in the schema`

type OptionalDiff<WO, SO, Path extends string, M extends Mode> = WO extends SO
  ? never
  : WO extends true
    ? `${Path}: optional in the web type, required by the schema`
    : M extends 'response'
      ? `${Path}: optional in the schema, required in the web type`
      : never

/**
 * Puts the type's name before each path. It also makes new strings: a union of the very strings
 * ContractDiff made would be shown as `ObjectDiff<…>` in the error instead of its members.
 */
type Named<Name extends string, D> = D extends string ? `${Name}${D}` : never
/** What the web reads: both ways. */
type Response<Name extends string, W, S> = Named<Name, ContractDiff<W, S, '', 'response'>>
/** What the web sends: it must fit the schema. */
type Request<Name extends string, W, S> = Named<Name, ContractDiff<W, S, '', 'request'>>
/** A query string the web sends: it must fit the operation's parameters. */
type QueryOf<Name extends string, W, Id extends keyof operations> = Named<
  Name,
  ContractDiff<W, NonNullable<operations[Id]['parameters']['query']>, '', 'query'>
>
/**
 * Disagreements D less the known ones K (each a wrong or vague spot of openapi.json, to be fixed
 * there), plus every known one that no longer occurs.
 */
type Known<D, K extends string> = Exclude<D, K> | Unused<D, K>
type Unused<D, K extends string> = K extends string
  ? [Extract<D, K>] extends [never]
    ? `${K} — no longer differs: remove it from the known list`
    : never
  : never

// The comparison finds what it should (so that a change to it cannot make every check pass).
type ExpectTrue<T extends true> = T
export type SelfChecks = [
  ExpectTrue<Mutual<Response<'T', { a: string }, { a: number }>, 'T.a: value types differ'>>,
  ExpectTrue<Mutual<Response<'T', { a: string }, { a: string; b: number }>, 'T.b: only in the schema'>>,
  ExpectTrue<Mutual<Response<'T', { a?: string }, { a: string }>, 'T.a: optional in the web type, required by the schema'>>,
  ExpectTrue<Mutual<Response<'T', { a: string | null }, { a: string }>, 'T.a: null only in the web type'>>,
  ExpectTrue<Mutual<Response<'T', { a: { b: 'x' }[] }, { a: { b: 'x' | 'y' }[] }>, 'T.a[].b: value types differ'>>,
  ExpectTrue<Mutual<Response<'T', { a: Record<string, unknown> }, { a: { [key: string]: number } }>, 'T.a[key]: value types differ' | 'T.a[key]: null only in the web type'>>,
  ExpectTrue<Mutual<Response<'T', { a: string }, never>, 'T: no such schema (never)'>>,
  ExpectTrue<Mutual<Request<'T', { a: string }, { a?: string; b?: number }>, never>>,
  ExpectTrue<Mutual<Request<'T', { a?: string }, { b: number }>, 'T.a: only in the web type' | 'T.b: required by the schema, missing in the web type'>>,
  ExpectTrue<Mutual<QueryOf<'T', { inPool?: boolean; cursor?: string | null }, 'listCustomers'>, never>>,
  ExpectTrue<Mutual<Known<'T.a: x' | 'T.b: y', 'T.a: x' | 'T.c: z'>, 'T.b: y' | 'T.c: z — no longer differs: remove it from the known list'>>,
]

type Body<Id extends keyof operations> = operations[Id] extends {
  requestBody?: { content: { 'application/json': infer B } }
}
  ? B
  : never
type Ok<Id extends keyof operations> = operations[Id]['responses'] extends {
  200: { content: { 'application/json': infer B } }
}
  ? B
  : never

// --- auth and organisation (types.ts, users.ts, departments.ts, roles.ts, setup.ts) --------

/** What an endpoint function of src/api resolves to. */
type Answer<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>

export type OrgChecks = [
  Expect<Response<'FieldIssue', FieldIssue, Schemas['ValidationError']>>,
  Expect<Response<'Tenant', Tenant, Schemas['Tenant']>>,
  Expect<Response<'RoleRef', RoleRef, Schemas['RoleRef']>>,
  Expect<Response<'User', User, Schemas['User']>>,
  Expect<Response<'Department', Department, Schemas['Department']>>,
  Expect<Response<'Role', Role, Schemas['Role']>>,
  Expect<Response<'PermissionCatalog', PermissionCatalog, Schemas['PermissionCatalogue']>>,
  Expect<Request<'LoginRequest', LoginRequest, Schemas['LoginRequest']>>,
  Expect<Response<'LoginResponse', LoginResponse, Schemas['LoginResponse']>>,
  Expect<Response<'MeResponse', MeResponse, Schemas['MeResponse']>>,
  Expect<QueryOf<'UserListQuery', UserListQuery, 'listUsers'>>,
  Expect<Request<'UserCreateInput', UserCreateInput, Schemas['UserCreate']>>,
  Expect<Request<'UserUpdateInput', UserUpdateInput, Schemas['UserPatch']>>,
  Expect<Response<'UserLookup', UserLookup, NonNullable<Ok<'lookupUsers'>['items']>[number]>>,
  Expect<Request<'DepartmentInput', DepartmentInput, Schemas['DepartmentInput']>>,
  Expect<Request<'DepartmentInput (create)', DepartmentInput & { name: string }, Body<'createDepartment'>>>,
  Expect<Request<'RoleInput', RoleInput, Schemas['RoleInput']>>,
  Expect<Request<'RoleInput (create)', RoleInput & { name: string; dataScope: Role['dataScope']; permissions: string[] }, Body<'createRole'>>>,
  Expect<Response<'SetupStatus', SetupStatus, Schemas['SetupState']>>,
  Expect<Request<'SetupInput', SetupInput, Schemas['SetupRequest']>>,
  Expect<Response<'SetupResult', SetupResult, Schemas['SetupResult']>>,
]

// --- customers, contacts, handover (customers.ts) --------------------------------------------

export type CustomerChecks = [
  Expect<Response<'ReclaimInfo', ReclaimInfo, NonNullable<Schemas['Customer']['reclaim']>>>,
  Expect<Response<'Customer', Customer, Schemas['Customer']>>,
  Expect<Response<'CustomerDetail', CustomerDetail, Schemas['CustomerDetail']>>,
  Expect<Response<'Contact', Contact, Schemas['Contact']>>,
  Expect<Response<'RevealedCustomer', RevealedCustomer, Schemas['RevealedCustomer']>>,
  Expect<Response<'RevealedOneContact', RevealedOneContact, Schemas['RevealedContact']>>,
  Expect<Response<'RevealedLead', RevealedLead, Schemas['RevealedLead']>>,
  Expect<Response<'FieldProtection', FieldProtection, Schemas['FieldProtection']>>,
  Expect<Request<'FieldProtection (sent)', FieldProtection, Body<'setFieldProtection'>>>,
  Expect<Response<'RevealSettings', RevealSettings, Schemas['RevealSettings']>>,
  Expect<Request<'RevealSettings (sent)', RevealSettings, Body<'setRevealSettings'>>>,
  Expect<Response<'OwnerHistoryEntry', OwnerHistoryEntry, Schemas['OwnerHistoryEntry']>>,
  Expect<Response<'ConflictMatch', ConflictMatch, Schemas['ConflictMatch']>>,
  Expect<Response<'ConflictCheckResult', ConflictCheckResult, Schemas['ConflictCheckResult']>>,
  Expect<Response<'HandoverPreview', HandoverPreview, Schemas['HandoverPreview']>>,
  Expect<QueryOf<'CustomerListQuery', CustomerListQuery, 'listCustomers'>>,
  Expect<Request<'ContactInput', ContactInput, Body<'createContact'>>>,
  Expect<Request<'ContactInput (update)', Partial<ContactInput>, Schemas['ContactInput']>>,
  Expect<Request<'CustomerCreateInput', CustomerCreateInput, Schemas['CustomerCreate']>>,
  Expect<Request<'CustomerUpdateInput', Partial<CustomerInput>, Schemas['CustomerInput']>>,
  Expect<Request<'ConflictCheckInput', ConflictCheckInput, Schemas['ConflictCheckRequest']>>,
  Expect<Request<'HandoverInput', HandoverInput, Schemas['HandoverRequest']>>,
  Expect<Response<'handoverUser()', Answer<typeof handoverUser>, Schemas['HandoverResult']>>,
]

// --- pools and the reclaim sweep (pools.ts) --------------------------------------------------

export type PoolChecks = [
  Expect<Response<'PoolMember', PoolMember, Schemas['PoolMember']>>,
  Expect<Response<'PoolRules', PoolRules, Schemas['PoolRules']>>,
  Expect<Request<'PoolRules (sent)', PoolRules, Schemas['PoolRulesInput']>>,
  Expect<Response<'Pool', Pool, Schemas['Pool']>>,
  Expect<Request<'PoolCreateInput', PoolCreateInput, Schemas['PoolCreate']>>,
  Expect<Request<'PoolUpdateInput', PoolUpdateInput, Schemas['PoolInput']>>,
  Expect<Response<'PoolRuleVersion', PoolRuleVersion, Schemas['RuleVersion']>>,
  Expect<Response<'ReclaimPreviewItem', ReclaimPreviewItem, Schemas['SweepItem']>>,
  Expect<Response<'ReclaimPreview', ReclaimPreview, Schemas['SweepPreview']>>,
  Expect<Response<'ReclaimRunResult', ReclaimRunResult, Schemas['SweepRunResult']>>,
]

// --- notifications (notifications.ts) --------------------------------------------------------

export type NotificationChecks = [
  Expect<Response<'AppNotification', AppNotification, Schemas['Notification']>>,
  Expect<QueryOf<'NotificationListQuery', NotificationListQuery, 'listNotifications'>>,
  Expect<Response<'getUnreadNotificationCount()', Answer<typeof getUnreadNotificationCount>, Schemas['UnreadCount']>>,
]

// --- follow-ups, feed, team, to-dos, webhooks (activity.ts) ----------------------------------

export type ActivityChecks = [
  Expect<Response<'Attachment', Attachment, Schemas['Attachment']>>,
  Expect<Response<'FollowUp', FollowUp, Schemas['FollowUp']>>,
  Expect<Response<'Comment', Comment, Schemas['Comment']>>,
  Expect<Response<'likeFeedItem()', Answer<typeof likeFeedItem>, Schemas['LikeState']>>,
  Expect<Response<'FeedItem', FeedItem, Schemas['FeedItem']>>,
  Expect<Response<'TeamMember', TeamMember, Schemas['TeamMemberDetail']>>,
  Expect<Response<'TodoCustomer', TodoCustomer, Schemas['TodoCustomer']>>,
  Expect<Response<'Todos', Todos, Schemas['Todos']>>,
  Expect<Response<'Webhook', Webhook, Schemas['Webhook']>>,
  Expect<Response<'Delivery', Delivery, Schemas['Delivery']>>,
  Expect<Response<'MessageSettings', MessageSettings, Schemas['MessageSettings']>>,
  Expect<Request<'MessageSettings (sent)', MessageSettings, Body<'putMessageSettings'>>>,
  Expect<Request<'FollowUpInput', FollowUpInput, Schemas['FollowUpInput']>>,
  Expect<Request<'CommentInput', CommentInput, Schemas['CommentInput']>>,
  Expect<QueryOf<'FeedQuery', FeedQuery, 'listFeed'>>,
  Expect<Request<'WebhookInput', WebhookInput, Schemas['WebhookInput']>>,
  Expect<Request<'WebhookInput (create)', WebhookInput & { url: string }, Body<'createWebhook'>>>,
]

// --- field visits (visits.ts) ----------------------------------------------------------------

type CheckedReason = Omit<Reason, 'code'> & { code: ReasonCode }

export type VisitChecks = [
  Expect<Response<'NearbyAnswer', NearbyAnswer, Schemas['NearbyResult']>>,
  Expect<QueryOf<'NearbyQuery', NearbyQuery, 'nearbyCustomers'>>,
  // Reason.code is read tolerantly (ReasonCode | string); ReasonCode must be the schema's enum.
  Expect<Response<'ReasonCode', ReasonCode, Schemas['CheckInReason']['code']>>,
  Expect<Response<'Reason', CheckedReason, Schemas['CheckInReason']>>,
  Expect<Response<'CheckIn', Omit<CheckIn, 'reasons'> & { reasons: CheckedReason[] }, Schemas['CheckIn']>>,
  Expect<Request<'CheckInInput', CheckInInput, Schemas['CheckInInput']>>,
  Expect<QueryOf<'CheckInQuery', CheckInQuery, 'listCheckIns'>>,
  Expect<Response<'CheckInPolicy', CheckInPolicy, Schemas['CheckInPolicy']>>,
  Expect<Request<'CheckInPolicy (sent)', CheckInPolicy, Schemas['CheckInPolicyInput']>>,
  Expect<Response<'MapSettings', MapSettings, Schemas['MapSettings']>>,
  Expect<Request<'MapSettingsInput', MapSettingsInput, Schemas['MapSettingsInput']>>,
  Expect<Response<'VisitPlan', VisitPlan, Schemas['VisitPlan']>>,
  Expect<Request<'VisitPlanInput', VisitPlanInput, Schemas['VisitPlanInput']>>,
  Expect<Request<'VisitPlanChange', VisitPlanChange, Schemas['VisitPlanPatch']>>,
  Expect<QueryOf<'VisitPlanQuery', VisitPlanQuery, 'listVisitPlans'>>,
  Expect<Response<'VisitStats', VisitStats, Schemas['VisitStats']>>,
  Expect<Response<'NeglectedCustomer', NeglectedCustomer, Schemas['NeglectedCustomer']>>,
  Expect<QueryOf<'NeglectedQuery', NeglectedQuery, 'listNeglectedCustomers'>>,
  Expect<Response<'VisitMap', VisitMap, Ok<'visitMap'>>>,
]

// --- work logs (work-logs.ts) ----------------------------------------------------------------

export type WorkLogChecks = [
  Expect<Response<'WorkLogStats', WorkLogStats, Schemas['WorkStats']>>,
  Expect<Response<'PersonRef', PersonRef, Schemas['UserRef']>>,
  Expect<Response<'WorkLog', WorkLog, Schemas['WorkLog']>>,
  Expect<Request<'WorkLogInput', WorkLogInput, Schemas['WorkLogInput']>>,
  Expect<QueryOf<'WorkLogQuery', WorkLogQuery, 'listWorkLogs'>>,
]

// --- leads, lead sources, push rules, conversion (leads.ts) ------------------------------------

// openapi.json's vague spots on leads: customFields as an object of no properties, the bulk row
// error's details (any object, as for customers), the conversion's customer overrides (a CustomerInput) and the push rules of a PUT
// as bare objects, the match lists of a PushRule as optional though the server always sends them.
type NoCustomFields<Name extends string> = `${Name}.customFields[key]: no such schema (never)`
type MatchLists = 'provinces' | 'cities' | 'industries' | 'sourceIds' | 'campaigns'

export type LeadChecks = [
  Expect<Known<Response<'Lead', Lead, Schemas['Lead']>, NoCustomFields<'Lead'>>>,
  Expect<Known<Response<'LeadDetail', LeadDetail, Schemas['LeadDetail']>, NoCustomFields<'LeadDetail'>>>,
  Expect<QueryOf<'LeadListQuery', LeadListQuery, 'listLeads'>>,
  Expect<Known<Request<'LeadCreateInput', LeadCreateInput, Schemas['LeadCreate']>, NoCustomFields<'LeadCreateInput'>>>,
  Expect<Known<Request<'LeadInput (bulk)', LeadInput, Schemas['LeadInput']>, NoCustomFields<'LeadInput (bulk)'>>>,
  Expect<Known<Request<'LeadUpdateInput', LeadUpdateInput, Schemas['LeadInput']>, NoCustomFields<'LeadUpdateInput'>>>,
  Expect<
    Known<
      Response<'BulkLeadsResult', BulkLeadsResult, Schemas['LeadBulkResult']>,
      | 'BulkLeadsResult.items[].error.details: any key only in the schema'
      | 'BulkLeadsResult.items[].error.details.fields: only in the web type'
    >
  >,
  Expect<Request<'LeadConflictInput', LeadConflictInput, Schemas['LeadConflictRequest']>>,
  Expect<Response<'LeadConflictResult', LeadConflictResult, Schemas['LeadConflictResult']>>,
  Expect<Response<'LeadHistoryEntry', LeadHistoryEntry, Schemas['LeadHistoryEntry']>>,
  Expect<Request<'LeadFollowUpInput', LeadFollowUpInput, Schemas['LeadFollowUpInput']>>,
  Expect<Request<'ConvertInput', Omit<ConvertInput, 'customer'>, Omit<Schemas['LeadConvertRequest'], 'customer'>>>,
  Expect<Known<Response<'ConvertResult', ConvertResult, Schemas['LeadConvertResult']>, NoCustomFields<'ConvertResult.lead'>>>,
  Expect<Response<'ConversionMapping', ConversionMapping, Schemas['ConversionMapping']>>,
  Expect<Request<'ConversionMapping (sent)', ConversionMapping, Schemas['ConversionMapping']>>,
  Expect<Response<'LeadSource', LeadSource, Schemas['LeadSource']>>,
  Expect<Request<'LeadSourceInput', LeadSourceInput, Schemas['LeadSourceInput']>>,
  Expect<Known<Response<'PushRule', PushRule, Schemas['PushRule']>, `PushRule.match.${MatchLists}: optional in the schema, required in the web type`>>,
]

// --- sales processes and opportunities (deals.ts) ------------------------------------------

export type DealChecks = [
  Expect<Response<'FeedbackField', FeedbackField, Schemas['FeedbackField']>>,
  Expect<Response<'Stage', Stage, Schemas['SalesStage']>>,
  Expect<Response<'SalesProcess', SalesProcess, Schemas['SalesProcess']>>,
  Expect<Response<'SalesProcessVersion', SalesProcessVersion, Schemas['SalesProcessVersion']>>,
  Expect<Request<'SalesProcessInput', SalesProcessInput, Schemas['SalesProcessInput']>>,
  Expect<Request<'StageInput', StageInput, Schemas['SalesStageInput']>>,
  Expect<Response<'OpportunityItem', OpportunityItem, Schemas['OpportunityItem']>>,
  Expect<Response<'Opportunity', Opportunity, Schemas['Opportunity']>>,
  Expect<Response<'OpportunityDetail', OpportunityDetail, Schemas['OpportunityDetail']>>,
  Expect<Request<'OpportunityCreateInput', OpportunityCreateInput, Schemas['OpportunityInput']>>,
  Expect<Request<'OpportunityInput', OpportunityInput, Schemas['OpportunityInput']>>,
  Expect<Request<'MoveInput', MoveInput, Schemas['OpportunityMove']>>,
  Expect<Response<'StageChange', StageChange, Schemas['OpportunityStageChange']>>,
  Expect<QueryOf<'OpportunityListQuery', OpportunityListQuery, 'listOpportunities'>>,
  Expect<Response<'Funnel', Funnel, Schemas['OpportunityFunnel']>>,
  Expect<Response<'Forecast', Forecast, Schemas['OpportunityForecast']>>,
]

// --- reports and targets (reports.ts, targets.ts) ------------------------------------------

export type ReportChecks = [
  Expect<Response<'MetricInfo', Answer<typeof getMetricCatalogue>, Ok<'getMetricCatalogue'>>>,
  Expect<Response<'MetricReport', MetricReport, Schemas['MetricReport']>>,
  Expect<QueryOf<'MetricReportQuery', MetricReportQuery, 'getMetricReport'>>,
  Expect<Response<'MetricRecord', MetricRecord, Schemas['MetricRecord']>>,
  Expect<Response<'RecordsPage', RecordsPage, Schemas['MetricRecordPage']>>,
  Expect<QueryOf<'RecordsQuery', RecordsQuery & { cursor?: string | null; limit?: number }, 'listMetricRecords'>>,
  Expect<Response<'CustomerDistribution', CustomerDistribution, Schemas['CustomerDistribution']>>,
  Expect<QueryOf<'CustomerDistributionQuery', CustomerDistributionQuery, 'getCustomerDistribution'>>,
  Expect<Response<'CustomerOverview', CustomerOverview, Schemas['CustomerOverview']>>,
  Expect<QueryOf<'CustomerOverviewQuery', { departmentId?: string }, 'getCustomerOverview'>>,
]

export type TargetChecks = [
  Expect<Response<'Target', Target, Schemas['Target']>>,
  Expect<Request<'TargetWrite', { metric: MetricKey; items: TargetWrite[] }, Schemas['TargetWrite']>>,
  Expect<Response<'TargetSheet', TargetSheet, Schemas['TargetSheet']>>,
  Expect<Request<'DecomposeOverTime', DecomposeOverTime, Schemas['DecomposeInput']>>,
  Expect<Request<'DecomposeOverPeople', DecomposeOverPeople, Schemas['DecomposeInput']>>,
  Expect<Response<'DecomposeAnswer', DecomposeAnswer, Schemas['Decomposition']>>,
  Expect<Response<'PeriodLock', PeriodLock, Schemas['TargetLock']>>,
  Expect<Response<'TargetChange', TargetChange, Schemas['TargetChange']>>,
  Expect<Response<'Attainment', Attainment, Schemas['Attainment']>>,
  Expect<QueryOf<'AttainmentQuery', AttainmentQuery, 'getTargetAttainment'>>,
  Expect<Response<'MineAnswer', MineAnswer, Schemas['MyTargets']>>,
]

// --- the recycle bin (recycle-bin.ts) -------------------------------------------------------

export type RecycleBinChecks = [
  Expect<Response<'RecycleBinItem', RecycleBinItem, Schemas['RecycleBinItem']>>,
  Expect<Response<'RecycleBinRestored', RecycleBinRestored, Schemas['RecycleBinRestored']>>,
  Expect<QueryOf<'RecycleBinQuery', RecycleBinQuery, 'listRecycleBin'>>,
]

// --- the audit log (audit.ts) ---------------------------------------------------------------

export type AuditChecks = [
  Expect<Response<'AuditEntry', AuditEntry, Schemas['AuditEntry']>>,
  Expect<Response<'AuditChange', AuditChange, Schemas['AuditChange']>>,
  Expect<QueryOf<'AuditLogQuery', AuditLogQuery, 'listAuditLog'>>,
]

// --- imports (imports.ts) --------------------------------------------------------------------

export type ImportChecks = [
  Expect<Response<'ImportJob', ImportJob, Schemas['ImportJob']>>,
  Expect<Response<'ImportRowError', ImportRowError, Schemas['ImportRowError']>>,
  Expect<Response<'ImportTemplate', ImportTemplate, Schemas['ImportTemplate']>>,
  Expect<
    Request<
      'ImportRequest',
      { object: ImportObject; policy: ImportPolicy; fileName: string; rows: Record<string, string>[] },
      Schemas['ImportRequest']
    >
  >,
  Expect<Request<'ImportTemplateInput', { object: ImportObject; name: string; mapping: Record<string, string> }, Schemas['ImportTemplateInput']>>,
]

// --- exports (exports.ts) --------------------------------------------------------------------

export type ExportChecks = [
  Expect<Response<'ExportJob', ExportJob, Schemas['ExportJob']>>,
  Expect<Response<'ExportJobList', { items: ExportJob[] }, Schemas['ExportJobList']>>,
  Expect<Request<'ExportRequest', { object: ExportObject; query: Record<string, string> }, Schemas['ExportRequest']>>,
]

// --- custom fields (custom-fields.ts) --------------------------------------------------------

export type CustomFieldChecks = [
  Expect<Response<'CustomField', CustomField, Schemas['CustomField']>>,
  Expect<Response<'CustomFieldList', CustomFieldList, Schemas['CustomFieldList']>>,
  Expect<Response<'FormLayout', FormLayout, Schemas['FormLayout']>>,
  Expect<Request<'CustomFieldCreate', CustomFieldCreate, Schemas['CustomFieldCreate']>>,
  Expect<Request<'CustomFieldUpdate', CustomFieldUpdate, Schemas['CustomFieldUpdate']>>,
  Expect<Request<'FormLayoutWrite', FormLayoutWrite, Schemas['FormLayoutWrite']>>,
]
