// Restore and purge of a recycle-bin row, each after a confirmation, for the desktop and phone
// pages: what a restored customer did (back to its owner or into its pool) is said in the toast.
import { useI18n } from 'vue-i18n'
import { purgeFromRecycleBin, restoreFromRecycleBin, type RecycleBinItem } from '@/api/recycle-bin'
import { confirmAction } from '@/shared/confirm'
import { notifySuccess } from '@/shared/notify'

export function useRecycleActions(afterChange: () => unknown) {
  const { t } = useI18n()
  const named = (item: RecycleBinItem) => ({ kind: t(`recycle.kinds.${item.kind}`), title: item.title })

  async function restore(item: RecycleBinItem): Promise<void> {
    if (!(await confirmAction(t('recycle.restoreConfirm', named(item)), t('recycle.restore'), false))) return
    try {
      const done = await restoreFromRecycleBin(item.kind, item.id)
      if (item.kind !== 'customer') notifySuccess(t('recycle.restored'))
      else notifySuccess(done.ownerId ? t('recycle.restoredToOwner') : t('recycle.restoredToPool'))
    } catch {
      // shown by the client (recycle.conflict, recycle.expired, …)
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
