// The state of writing a follow-up on a lead (desktop dialog and phone sheet): type, text and the
// next follow-up time (local "YYYY-MM-DD HH:mm" in the company's zone, quick picks as for
// customers). The first follow-up moves a new lead to "contacting" on the server.
import { computed, ref } from 'vue'
import type { FollowUp, FollowUpType } from '@/api/activity'
import { createLeadFollowUp } from '@/api/leads'
import { quickPickLocal, type QuickPick } from '@/features/activity/quick-picks'
import { localToInstant } from '@/shared/format'

export function useLeadFollowUp() {
  const type = ref<FollowUpType>('call')
  const text = ref('')
  const nextAt = ref<string | null>(null)
  const saving = ref(false)
  const canSave = computed(() => text.value.trim().length > 0 && !saving.value)

  function quick(pick: QuickPick, timeZone?: string) {
    nextAt.value = quickPickLocal(pick, Date.now(), timeZone)
  }

  function isQuick(pick: QuickPick, timeZone?: string) {
    return nextAt.value === quickPickLocal(pick, Date.now(), timeZone)
  }

  async function save(leadId: string, timeZone?: string): Promise<FollowUp> {
    saving.value = true
    try {
      return await createLeadFollowUp(leadId, {
        type: type.value,
        text: text.value.trim(),
        nextFollowUpAt: nextAt.value ? localToInstant(nextAt.value, timeZone) : undefined,
      })
    } finally {
      saving.value = false
    }
  }

  function reset() {
    type.value = 'call'
    text.value = ''
    nextAt.value = null
  }

  return { type, text, nextAt, saving, canSave, quick, isQuick, save, reset }
}
