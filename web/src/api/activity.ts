// Follow-ups, attachments, feed, likes, comments, customer team and discussion, outgoing
// webhooks and the home to-dos — checked against docs/api-activity.md. Ids are strings,
// instants ISO-8601 UTC. Uploads go through XMLHttpRequest (fetch reports no upload progress)
// but send the same headers as every other request (CSRF token, Accept-Language).
import {
  ApiError,
  apiErrorFromText,
  asList,
  baseHeaders,
  buildUrl,
  networkError,
  reportError,
  request,
  type RequestOptions,
  type SendOptions,
} from './client'
import type { ReclaimRule } from './customers'
import type { ListResponse } from './types'

// --- objects -------------------------------------------------------------------------------

export interface Attachment {
  id: string
  name: string
  contentType: string
  size: number
  sha256: string
  /** "/api/v1/attachments/{id}" — same origin, the session cookie authenticates. */
  url: string
  isImage: boolean
  createdAt: string
}

export type FollowUpType = 'call' | 'visit' | 'wechat' | 'email' | 'meeting' | 'other'
export const FOLLOW_UP_TYPES: readonly FollowUpType[] = ['call', 'visit', 'wechat', 'email', 'meeting', 'other']

export interface FollowUp {
  id: string
  /** null for a follow-up written on a lead that is not (yet) a customer. */
  customerId: string | null
  customerName: string
  authorId: string
  authorName: string
  type: FollowUpType
  text: string
  contactId: string | null
  contactName: string | null
  nextFollowUpAt: string | null
  attachments: Attachment[]
  createdAt: string
  /** The feed item that shows it; null if there is none. */
  feedItemId: string | null
  /** The lead it was written on (kept after the lead became a customer). */
  leadId: string | null
}

export type FeedItemType =
  | 'followup'
  | 'customer.create'
  | 'customer.claim'
  | 'customer.release'
  | 'customer.transfer'
  | 'customer.reclaim'
  | 'worklog'
  /** An opportunity changed stage; params: opportunityId, opportunityName, fromName, toName, toKind. */
  | 'opportunity.moved'
  /** A contract became active (成交确认); params: contractId, number, name, totalFen (docs/api-contracts.md). */
  | 'contract.activated'
  /** A follow-up on a lead (no customer); params: lead (the lead's name). */
  | 'lead.followup'

/** The types GET /feed accepts as `type` (any other value is a 400). */
export type FeedFilterType = Exclude<FeedItemType, 'opportunity.moved' | 'contract.activated' | 'lead.followup'>

/** The types GET /feed accepts as `type`, in the filter's order. */
export const FEED_ITEM_TYPES: readonly FeedFilterType[] = [
  'followup',
  'customer.create',
  'customer.claim',
  'customer.release',
  'customer.transfer',
  'customer.reclaim',
  'worklog',
]

export interface MentionRef {
  id: string
  name: string
}

/** A comment on a feed item (feedItemId) or a message of a customer's discussion (customerId). */
export interface Comment {
  id: string
  feedItemId: string | null
  customerId: string | null
  authorId: string
  authorName: string
  text: string
  mentions: MentionRef[]
  createdAt: string
}

export interface FeedItem {
  id: string
  type: FeedItemType
  actorId: string | null
  actorName: string | null
  actorDepartmentName: string | null
  customerId: string | null
  customerName: string | null
  text: string
  /** Rendered by the reader: a work log's kind and period. */
  params: Record<string, string>
  followUp: FollowUp | null
  createdAt: string
  likeCount: number
  likedByMe: boolean
  commentCount: number
  /** The latest 3, oldest first. */
  comments: Comment[]
}

export type TeamAccess = 'read' | 'write'

export interface TeamMember {
  userId: string
  name: string
  departmentName: string
  access: TeamAccess
  isOwner: boolean
}

export interface TodoCustomer {
  customerId: string
  customerName: string
  nextFollowUpAt: string | null
  lastFollowUpAt: string | null
  daysLeft: number | null
  rule: ReclaimRule | null
}

/** An own active contract ending within the contract settings' endRemindDays. */
export interface TodoContractEnding {
  id: string
  number: string
  name: string
  customerName: string
  endDate: string | null
}

/** An own open instalment due within dueRemindDays, or overdue (money in integer fen). */
export interface TodoReceivableDue {
  instalmentId: string
  contractId: string
  contractNumber: string
  customerName: string
  dueDate: string
  owedFen: number
  overdueDays: number
}

export interface Todos {
  followUpsDue: TodoCustomer[]
  overdue: TodoCustomer[]
  forgotten: TodoCustomer[]
  reclaimSoon: TodoCustomer[]
  forgottenDays: number
  contractsEnding: TodoContractEnding[]
  receivablesDue: TodoReceivableDue[]
}


/** Who receives the messages: any HTTP endpoint (Quanke's JSON) or a group chat robot. */
export type WebhookKind = 'generic' | 'wecom' | 'dingtalk' | 'feishu'

export const WEBHOOK_KINDS: readonly WebhookKind[] = ['generic', 'wecom', 'dingtalk', 'feishu']

/** A robot's message shape: plain text, or markdown (a card on Feishu). Generic hooks ignore it. */
export type WebhookFormat = 'text' | 'markdown'

export interface Webhook {
  id: string
  kind: WebhookKind
  format: WebhookFormat
  /** A signing secret is stored (DingTalk 加签, Feishu 签名校验); the secret itself is never returned. */
  hasSecret: boolean
  url: string
  /** Empty = every event. */
  events: string[]
  enabled: boolean
  allowPrivate: boolean
  createdAt: string
  updatedAt: string
  /** The status of the latest delivery; null before the first. */
  lastStatus: DeliveryStatus | null
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed'

export interface Delivery {
  id: string
  webhookId: string
  event: string
  status: DeliveryStatus
  attempts: number
  /**
   * Why the last attempt failed. A robot that answers HTTP 200 with a non-zero code fails too:
   * "errcode 93000: invalid webhook url" (WeCom, DingTalk), "code 19021: sign match fail" (Feishu).
   */
  lastError: string | null
  responseStatus: number | null
  nextAttemptAt: string | null
  createdAt: string
  deliveredAt: string | null
}

/** Event names a webhook may subscribe to (notification types); the form also accepts others. */
export const WEBHOOK_EVENTS: readonly string[] = [
  'customer.reclaimed',
  'customer.reclaim_soon',
  'customer.assigned',
  'customer.transferred',
  'customer.released',
  'customer.handover',
  'followup.created',
  'feed.comment',
  'feed.mention',
  'feed.like',
  'customer.team_added',
  'discussion.message',
  'discussion.mention',
]

// --- inputs --------------------------------------------------------------------------------

export interface FollowUpInput {
  text: string
  type?: FollowUpType
  /** Left out for none: the server refuses null. */
  contactId?: string
  nextFollowUpAt?: string
  attachmentIds?: string[]
}

export interface PageQuery {
  limit?: number
  cursor?: string | null
}

export interface FeedQuery extends PageQuery {
  userId?: string
  departmentId?: string
  type?: FeedFilterType
  customerId?: string
}

export interface CommentInput {
  text: string
  mentions?: string[]
}

export interface WebhookInput {
  kind?: WebhookKind
  format?: WebhookFormat
  /** Write-only. Left out = unchanged; null or "" = cleared. At most 200 characters. */
  secret?: string | null
  url?: string
  events?: string[]
  enabled?: boolean
  allowPrivate?: boolean
}

/**
 * How robot messages read, per tenant: their language, and the address people open Quanke at
 * (messages link to `<publicBaseUrl>/customers/<id>`; empty = robot messages carry no link).
 */
export interface MessageSettings {
  language: 'zh-CN' | 'en'
  publicBaseUrl: string
}

const enc = encodeURIComponent

// --- follow-ups ----------------------------------------------------------------------------

export function createFollowUp(customerId: string, body: FollowUpInput, options: SendOptions = {}): Promise<FollowUp> {
  return request(`/customers/${enc(customerId)}/follow-ups`, { method: 'POST', body, ...options })
}

export function listFollowUps(customerId: string, query: PageQuery = {}): Promise<ListResponse<FollowUp>> {
  return request<ListResponse<FollowUp> | FollowUp[]>(`/customers/${enc(customerId)}/follow-ups`, { query: { ...query } }).then(asList)
}

export function deleteFollowUp(id: string): Promise<void> {
  return request(`/follow-ups/${enc(id)}`, { method: 'DELETE' })
}

// --- attachments ---------------------------------------------------------------------------

export interface UploadHandle {
  promise: Promise<Attachment>
  abort: () => void
}

export interface UploadOptions extends Pick<RequestOptions, 'silent' | 'noAuthRedirect'> {
  /** Called with 0…1 while the bytes go up. */
  onProgress?: (fraction: number) => void
  /** File name for a Blob that has none (a voice note). */
  fileName?: string
}

/**
 * POST /attachments as multipart/form-data (field `file`), with upload progress. The browser
 * sets the multipart Content-Type; the session cookie, X-CSRF-Token and Accept-Language go as
 * with every request.
 */
export function uploadAttachment(file: Blob, options: UploadOptions = {}): UploadHandle {
  const xhr = new XMLHttpRequest()
  const promise = new Promise<Attachment>((resolve, reject) => {
    const form = new FormData()
    const name = options.fileName ?? (file instanceof File ? file.name : 'upload')
    form.append('file', file, name)
    xhr.open('POST', buildUrl('/attachments'))
    xhr.withCredentials = true
    for (const [key, value] of Object.entries(baseHeaders('POST'))) xhr.setRequestHeader(key, value)
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && options.onProgress) options.onProgress(event.total ? event.loaded / event.total : 0)
    }
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          options.onProgress?.(1)
          resolve(JSON.parse(xhr.responseText) as Attachment)
        } catch {
          const error = new ApiError(xhr.status, 'http.bad_body', 'Bad answer')
          reportError(error, options)
          reject(error)
        }
        return
      }
      const error = apiErrorFromText(xhr.status, xhr.statusText, xhr.responseText, xhr.getResponseHeader('X-Request-Id'))
      reportError(error, options)
      reject(error)
    }
    xhr.onerror = () => {
      const error = networkError()
      reportError(error, options)
      reject(error)
    }
    xhr.onabort = () => reject(new ApiError(0, 'aborted', 'aborted'))
    xhr.send(form)
  })
  return { promise, abort: () => xhr.abort() }
}

/** Where the bytes of an attachment are (same origin; `url` from the server when given). */
export function attachmentUrl(attachment: Pick<Attachment, 'id' | 'url'>): string {
  return attachment.url || buildUrl(`/attachments/${enc(attachment.id)}`)
}

// --- feed, likes, comments -----------------------------------------------------------------

export function listFeed(query: FeedQuery = {}): Promise<ListResponse<FeedItem>> {
  return request<ListResponse<FeedItem> | FeedItem[]>('/feed', { query: { ...query } }).then(asList)
}

/** One feed item (404 when the caller may not see it). */
export function getFeedItem(id: string): Promise<FeedItem> {
  return request(`/feed/${enc(id)}`)
}

export function likeFeedItem(id: string): Promise<{ likeCount: number; likedByMe: boolean }> {
  return request(`/feed/${enc(id)}/like`, { method: 'POST' })
}

export function unlikeFeedItem(id: string): Promise<{ likeCount: number; likedByMe: boolean }> {
  return request(`/feed/${enc(id)}/like`, { method: 'DELETE' })
}

export function listComments(feedItemId: string, query: PageQuery = {}): Promise<ListResponse<Comment>> {
  return request<ListResponse<Comment> | Comment[]>(`/feed/${enc(feedItemId)}/comments`, { query: { ...query } }).then(asList)
}

export function createComment(feedItemId: string, body: CommentInput): Promise<Comment> {
  return request(`/feed/${enc(feedItemId)}/comments`, { method: 'POST', body })
}

// --- customer team and discussion ----------------------------------------------------------

export function listTeam(customerId: string): Promise<TeamMember[]> {
  return request<ListResponse<TeamMember> | TeamMember[]>(`/customers/${enc(customerId)}/team`).then((a) => asList(a).items)
}

export function addTeamMember(customerId: string, userId: string, access: TeamAccess): Promise<TeamMember> {
  return request(`/customers/${enc(customerId)}/team`, { method: 'POST', body: { userId, access } })
}

export function removeTeamMember(customerId: string, userId: string): Promise<void> {
  return request(`/customers/${enc(customerId)}/team/${enc(userId)}`, { method: 'DELETE' })
}

export function listDiscussion(customerId: string, query: PageQuery = {}): Promise<ListResponse<Comment>> {
  return request<ListResponse<Comment> | Comment[]>(`/customers/${enc(customerId)}/discussion`, { query: { ...query } }).then(asList)
}

export function postDiscussion(customerId: string, body: CommentInput): Promise<Comment> {
  return request(`/customers/${enc(customerId)}/discussion`, { method: 'POST', body })
}

// --- home to-dos ---------------------------------------------------------------------------

export async function getTodos(forgottenDays?: number): Promise<Todos> {
  const answer = await request<Partial<Todos>>('/home/todos', { query: { forgottenDays } })
  return {
    followUpsDue: answer.followUpsDue ?? [],
    overdue: answer.overdue ?? [],
    forgotten: answer.forgotten ?? [],
    reclaimSoon: answer.reclaimSoon ?? [],
    forgottenDays: answer.forgottenDays ?? forgottenDays ?? 150,
    contractsEnding: answer.contractsEnding ?? [],
    receivablesDue: answer.receivablesDue ?? [],
  }
}

// --- webhooks ------------------------------------------------------------------------------

export function listWebhooks(): Promise<ListResponse<Webhook>> {
  return request<ListResponse<Webhook> | Webhook[]>('/webhooks').then(asList)
}

/** Errors (e.g. 422 webhook.private_address) are left to the form. */
export function createWebhook(body: WebhookInput & { url: string }): Promise<Webhook> {
  return request('/webhooks', { method: 'POST', body, silent: true })
}

export function updateWebhook(id: string, body: WebhookInput): Promise<Webhook> {
  return request(`/webhooks/${enc(id)}`, { method: 'PATCH', body, silent: true })
}

export function deleteWebhook(id: string): Promise<void> {
  return request(`/webhooks/${enc(id)}`, { method: 'DELETE' })
}

export function listDeliveries(webhookId: string, query: PageQuery = {}): Promise<ListResponse<Delivery>> {
  return request<ListResponse<Delivery> | Delivery[]>(`/webhooks/${enc(webhookId)}/deliveries`, { query: { ...query } }).then(asList)
}

export function testWebhook(id: string): Promise<void> {
  return request(`/webhooks/${enc(id)}/test`, { method: 'POST' })
}

export function getMessageSettings(): Promise<MessageSettings> {
  return request<MessageSettings>('/settings/notifications')
}

/** Both fields are required; the answer is what was saved (trailing slash removed). Errors go to the form. */
export function updateMessageSettings(body: MessageSettings): Promise<MessageSettings> {
  return request<MessageSettings>('/settings/notifications', { method: 'PUT', body, silent: true })
}
