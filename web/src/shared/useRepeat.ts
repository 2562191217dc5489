// A task run again and again, `everyMs` apart, until stopped. The next run is timed from the end
// of the previous one, so slow answers never pile up; a run that throws is simply run again next
// time. Stopped with the calling component (or effect scope).
import { getCurrentScope, onScopeDispose } from 'vue'

export function useRepeat(task: () => unknown, everyMs: number) {
  let timer: ReturnType<typeof setTimeout> | null = null
  /** Bumped by start and stop, so that a run still in flight when stopped schedules nothing. */
  let generation = 0
  let active = false

  function schedule(mine: number) {
    timer = setTimeout(async () => {
      try {
        await task()
      } catch {
        // Tried again at the next run.
      }
      if (mine === generation) schedule(mine)
    }, everyMs)
  }

  function start() {
    if (active) return
    active = true
    schedule(++generation)
  }

  function stop() {
    active = false
    generation++
    if (timer) clearTimeout(timer)
    timer = null
  }

  if (getCurrentScope()) onScopeDispose(stop)
  return { start, stop, active: () => active }
}
