// Restore and purge of a recycle-bin row, each after a confirmation, for the desktop and phone
// pages: what a restored customer did (back to its owner or into its pool) is said in the toast,
// and a refused restore says what to do first (restoreRefusal).
import { useI18n } from 'vue-i18n'
import { ApiError } from '@/api/client'
import { purgeFromRecycleBin, restoreFromRecycleBin, type RecycleBinItem } from '@/api/recycle-bin'
import { confirmAction } from '@/shared/confirm'
import { notifyError, notifySuccess } from '@/shared/notify'
import { recycleTitle, restoreRefusal } from './recycle-text'

export function useRecycleActions(afterChange: () => unknown) {
  const { t } = useI18n()
  const named = (item: RecycleBinItem) => ({ kind: t(`recycle.kinds.${item.kind}`), title: recycleTitle(item, t) })

  async function restore(item: RecycleBinItem): Promise<void> {
    if (!(await confirmAction(t('recycle.restoreConfirm', named(item)), t('recycle.restore'), false))) return
    try {
      const done = await restoreFromRecycleBin(item.kind, item.id, true)
      if (item.kind !== 'customer') notifySuccess(t('recycle.restored'))
      else notifySuccess(done.ownerId ? t('recycle.restoredToOwner') : t('recycle.restoredToPool'))
    } catch (e) {
      // A refusal (recycle.conflict, recycle.expired, …) in words; a 401 went to the login already.
      if (e instanceof ApiError && e.status !== 401) notifyError(restoreRefusal(e, t))
    }
    await afterChange()
  }

  async function purge(item: RecycleBinItem): Promise<void> {
    if (!(await confirmAction(t('recycle.purgeConfirm', named(item)), t('recycle.purge')))) return
    try {
      await purgeFromRecycleBin(item.kind, item.id)
      notifySuccess(t('recycle.purged'))
    } catch {
      // shown by the client (recycle.in_use)
    }
    await afterChange()
  }

  return { restore, purge }
}
