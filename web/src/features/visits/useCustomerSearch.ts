import { ref } from 'vue'
import { listCustomers, type Customer } from '@/api/customers'

/** Debounced search in 我的客户 (GET /customers?mine=true&q=) for the plan form's customer picker. */
export function useCustomerSearch() {
  const results = ref<Customer[]>([])
  const searching = ref(false)
  let timer: ReturnType<typeof setTimeout> | null = null
  let generation = 0

  async function run(q: string) {
    const mine = ++generation
    searching.value = true
    try {
      const page = await listCustomers({ mine: true, q: q.trim() || undefined, limit: 20 })
      if (mine === generation) results.value = page.items
    } catch {
      if (mine === generation) results.value = []
    } finally {
      if (mine === generation) searching.value = false
    }
  }

  function search(q: string, delay = 250) {
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => void run(q), delay)
  }

  return { results, searching, search, run }
}
