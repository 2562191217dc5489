// In-app notifications (the bell) — docs/api-customers.md. Live push comes later; the UI polls.
import { request } from './client'
import type { ListResponse } from './types'

export interface AppNotification {
  id: string
  /** e.g. "pool.reclaim_reminder", "customer.reclaimed", "customer.assigned". */
  type: string
  title: string
  body: string
  objectType: string | null
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

/** Polled in the background: errors stay silent (no toast every 30 s while offline). */
export function getUnreadNotificationCount(): Promise<{ count: number }> {
  return request('/notifications/unread-count', { silent: true })
}

export function markNotificationRead(id: string): Promise<void> {
  return request(`/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' })
}

export function markAllNotificationsRead(): Promise<void> {
  return request('/notifications/read-all', { method: 'POST' })
}
