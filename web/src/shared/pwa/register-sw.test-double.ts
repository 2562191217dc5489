// Stands in for vite-plugin-pwa's virtual module 'virtual:pwa-register/vue' in unit tests
// (vitest.config.ts aliases it here): the test sets whether a new version waits and sees the calls.
import { ref } from 'vue'

export const registerState = {
  needRefresh: ref(false),
  offlineReady: ref(false),
  updates: [] as boolean[],
}

export function useRegisterSW() {
  return {
    needRefresh: registerState.needRefresh,
    offlineReady: registerState.offlineReady,
    updateServiceWorker: async (reloadPage?: boolean) => {
      registerState.updates.push(reloadPage === true)
    },
  }
}
