import { onBeforeUnmount, onMounted, readonly, ref } from 'vue'

const now = ref(Date.now())
let users = 0
let timer: ReturnType<typeof setInterval> | undefined

/** A clock shared by every "5 分钟前" on the page, ticking every 30 s while someone shows one. */
export function useNow() {
  onMounted(() => {
    now.value = Date.now()
    if (users++ === 0) timer = setInterval(() => (now.value = Date.now()), 30_000)
  })
  onBeforeUnmount(() => {
    if (--users === 0) clearInterval(timer)
  })
  return readonly(now)
}
