// The follow-up type a user picked last (电话 / 拜访 / 微信 …), remembered per user in this
// browser so that the next 写跟进 starts on it — one tap fewer for a rep who mostly calls.
import { FOLLOW_UP_TYPES, type FollowUpType } from '@/api/activity'

const key = (userId: string) => `quanke.followUpType.${userId}`

export function rememberedType(userId: string | null | undefined, fallback: FollowUpType = 'call'): FollowUpType {
  if (!userId || typeof localStorage === 'undefined') return fallback
  const saved = localStorage.getItem(key(userId))
  return (FOLLOW_UP_TYPES as readonly string[]).includes(saved ?? '') ? (saved as FollowUpType) : fallback
}

export function rememberType(userId: string | null | undefined, type: FollowUpType): void {
  if (!userId || typeof localStorage === 'undefined') return
  try {
    localStorage.setItem(key(userId), type)
  } catch {
    // storage full or disabled: the next form starts on the default, nothing else is lost
  }
}
