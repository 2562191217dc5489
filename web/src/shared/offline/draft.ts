// An unsaved form survives a reload: its fields are saved to localStorage as they change (under
// a key per user and form, e.g. the follow-up of one customer), put back by `restore()`, and
// removed by `clear()` when the form is submitted (or when it is emptied).
import { watch } from 'vue'

const PREFIX = 'quanke.draft.'

export function draftKey(userId: string | null | undefined, form: string): string | null {
  return userId ? `${PREFIX}${userId}.${form}` : null
}

export function useDraft<T>(key: () => string | null, snapshot: () => T, apply: (draft: T) => void, isEmpty: (value: T) => boolean) {
  function restore(): boolean {
    const k = key()
    const raw = k ? localStorage.getItem(k) : null
    if (!raw) return false
    try {
      apply(JSON.parse(raw) as T)
      return true
    } catch {
      return false
    }
  }

  function clear(): void {
    const k = key()
    if (k) localStorage.removeItem(k)
  }

  watch(
    snapshot,
    (value) => {
      const k = key()
      if (!k) return
      if (isEmpty(value)) localStorage.removeItem(k)
      else localStorage.setItem(k, JSON.stringify(value))
    },
    { deep: true },
  )

  return { restore, clear }
}
