// One contract with its receipts, invoices and change orders, loaded together and reloaded
// after an action; shared by the desktop detail page and the phone's. The actions (submit, void,
// renew, delete) answer 409 contract.locked / contract.version_conflict when someone else got
// there first: the user is told and the contract reloaded.
import { ref } from 'vue'
import { ApiError } from '@/api/client'
import {
  deleteContract,
  getContract,
  listChangeOrders,
  listInvoices,
  listReceipts,
  renewContract,
  submitContract,
  voidContract,
  type ChangeOrder,
  type ContractDetail,
  type Invoice,
  type Receipt,
} from '@/api/contracts'
import { isReloadConflict } from './contract-text'
import { useContractError } from './useContractError'

export function useContract(id: () => string) {
  const contract = ref<ContractDetail | null>(null)
  const receipts = ref<Receipt[]>([])
  const invoices = ref<Invoice[]>([])
  const changes = ref<ChangeOrder[]>([])
  const loading = ref(false)
  const notFound = ref(false)
  const errors = useContractError()
  let generation = 0

  async function load() {
    const mine = ++generation
    loading.value = true
    notFound.value = false
    try {
      const [detail, r, i, c] = await Promise.all([
        getContract(id()),
        listReceipts({ contractId: id(), limit: 100 }).catch(() => ({ items: [] as Receipt[] })),
        listInvoices({ contractId: id(), limit: 100 }).catch(() => ({ items: [] as Invoice[] })),
        listChangeOrders(id()).catch(() => ({ items: [] as ChangeOrder[] })),
      ])
      if (mine !== generation) return
      contract.value = detail
      receipts.value = r.items
      invoices.value = i.items
      changes.value = c.items
    } catch (error) {
      if (mine === generation && error instanceof ApiError && error.status === 404) notFound.value = true
    } finally {
      if (mine === generation) loading.value = false
    }
  }

  /**
   * Runs an action on the contract (with `apply` its answer becomes the contract); a refusal is
   * told, and a conflict reloads. Returns the answer, or null when refused.
   */
  async function act<T>(action: (c: ContractDetail) => Promise<T>, apply?: (answer: T) => void): Promise<T | null> {
    const c = contract.value
    if (!c) return null
    try {
      const answer = await action(c)
      apply?.(answer)
      return answer
    } catch (error) {
      const code = errors.report(error)
      if (isReloadConflict(code)) void load()
      return null
    }
  }

  function set(detail: ContractDetail) {
    contract.value = detail
  }

  return {
    contract,
    receipts,
    invoices,
    changes,
    loading,
    notFound,
    load,
    submit: () => act((c) => submitContract(c.id, c.version), set),
    void: (reason: string) => act((c) => voidContract(c.id, reason), set),
    renew: () => act((c) => renewContract(c.id)),
    remove: () => act((c) => deleteContract(c.id).then(() => true)),
  }
}
