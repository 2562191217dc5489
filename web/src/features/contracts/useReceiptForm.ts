// The state of 登记回款 shared by the desktop dialog and the phone's sheet: the form, its problems,
// the server's refusal in words (422 receipt.exceeds_owed names what is owed) and the save.
import { computed, reactive, ref, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { createReceipt, type ContractDetail, type Receipt } from '@/api/contracts'
import { useSessionStore } from '@/features/auth/session-store'
import { todayIn } from '@/features/worklogs/work-log-period'
import { notifySuccess } from '@/shared/notify'
import { emptyReceiptForm, receiptFormToInput, validateReceiptForm, type ReceiptForm, type ReceiptProblem } from './money-forms'
import { useContractError } from './useContractError'

export function useReceiptForm(contract: () => ContractDetail, open: Ref<boolean>, saved: (receipt: Receipt) => void) {
  const { t } = useI18n()
  const session = useSessionStore()
  const errors = useContractError()
  const today = computed(() => todayIn(session.tenant?.timeZone))
  const form = reactive<ReceiptForm>(emptyReceiptForm(today.value))
  const problems = ref<Partial<Record<ReceiptProblem, true>>>({})
  const refusal = ref('')
  /** The code of the last refusal ('' when none). */
  const refusedWith = ref('')
  const saving = ref(false)

  watch(open, (now) => {
    if (!now) return
    Object.assign(form, emptyReceiptForm(today.value))
    problems.value = {}
    refusal.value = ''
    refusedWith.value = ''
  })

  async function save() {
    refusal.value = ''
    refusedWith.value = ''
    problems.value = validateReceiptForm(form, today.value, contract().instalments)
    if (Object.keys(problems.value).length) return
    saving.value = true
    try {
      const receipt = await createReceipt(contract().id, receiptFormToInput(form))
      notifySuccess(t(receipt.status === 'pending' ? 'receipt.recordedPending' : 'receipt.recorded'))
      open.value = false
      saved(receipt)
    } catch (error) {
      refusal.value = errors.text(error) ?? ''
      if (!refusal.value) throw error
      refusedWith.value = (error as { code: string }).code
    } finally {
      saving.value = false
    }
  }

  return { today, form, problems, refusal, refusedWith, saving, save }
}
