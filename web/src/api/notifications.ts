// In-app notifications (the bell) — docs/api-customers.md; live push over Server-Sent Events —
// docs/api-activity.md (`GET /notifications/stream`).
import { buildUrl, request } from './client'
import type { ListResponse } from './types'

export interface AppNotification {
  id: string
  /** e.g. "pool.reclaim_reminder", "customer.reclaimed", "customer.assigned". */
  type: string
  /** What the text is made of (customer, actor, count, date, time, reason, user, leaver); the
   * web renders it in the UI language with `notificationText.<type>` (notification-text.ts). */
  params: Record<string, string>
  /** The same text rendered by the server in the request's language. */
  title: string
  body: string
  /** What the notification is about ("customer", "feed", …); "" when nothing. */
  objectType: string
  objectId: string | null
  createdAt: string
  readAt: string | null
}

export interface NotificationListQuery {
  unread?: boolean
  limit?: number
  cursor?: string | null
}

export function listNotifications(query: NotificationListQuery = {}): Promise<ListResponse<AppNotification>> {
  return request('/notifications', { query: { ...query } })
}

/** Asked in the background: errors stay silent (no toast every minute while offline). */
export function getUnreadNotificationCount(): Promise<{ count: number }> {
  return request('/notifications/unread-count', { silent: true })
}

export function markNotificationRead(id: string): Promise<void> {
  return request(`/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' })
}

export function markAllNotificationsRead(): Promise<void> {
  return request('/notifications/read-all', { method: 'POST' })
}

/**
 * The live stream's address. The session cookie authenticates (EventSource `withCredentials`).
 * A new EventSource cannot set Last-Event-ID itself, so resuming after our own reconnect passes
 * it as `?lastEventId=` (the browser's automatic reconnects send the header).
 */
export function notificationStreamUrl(lastEventId?: string | null): string {
  return buildUrl('/notifications/stream', { lastEventId: lastEventId ?? undefined })
}
