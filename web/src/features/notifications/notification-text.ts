// The text of a notification in the UI language, from its type and parameters (the server's
// templates, server/src/domain/notify/notification_text.cc, mirrored in `notificationText` of
// the locales). A notification without parameters (written before they existed) keeps the
// title the server stored.
import type { AppNotification } from '../../api/notifications'

type Translate = (key: string, named?: Record<string, unknown>) => string
type HasKey = (key: string) => boolean

/** The locale key of a notification: some types read differently by their parameters. */
export function notificationTextKey(n: Pick<AppNotification, 'type' | 'params'>): string {
  const p = n.params ?? {}
  let key = n.type
  if (n.type === 'customer.reclaimed' && p.count && p.count !== '1') key += '#many'
  if ((n.type === 'feed.comment' || n.type === 'feed.like') && !p.customer) key += '#general'
  // An ended approval reads by how it ended (approved, rejected, returned).
  if (n.type === 'approval.decided' && p.status) key += `#${p.status}`
  return `notificationText.${key.replace(/#/g, '__').replace(/\./g, '_')}`
}

export function notificationText(n: Pick<AppNotification, 'type' | 'params' | 'title'>, t: Translate, te: HasKey): string {
  const params = n.params ?? {}
  if (Object.keys(params).length === 0) return n.title
  const key = notificationTextKey(n)
  return te(key) ? t(key, params) : n.title
}
