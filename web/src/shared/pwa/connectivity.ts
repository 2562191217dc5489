// Whether the browser is online, and whether a page failed to open because it is not. A route's
// code that is not in the service worker's cache cannot load offline: the router's error lands
// here, and App.vue shows the offline page in its place (with a retry) rather than nothing.
import { readonly, ref } from 'vue'

const online = ref(typeof navigator === 'undefined' ? true : navigator.onLine)
const failedPath = ref<string | null>(null)
let listening = false

/** Starts following the browser's online/offline events (once; App.vue calls it). */
export function followConnectivity(target: Pick<Window, 'addEventListener'> = window): void {
  if (listening) return
  listening = true
  target.addEventListener('online', () => {
    online.value = true
  })
  target.addEventListener('offline', () => {
    online.value = false
  })
}

/** A dynamic import (a route's chunk) that failed: the browser's wording differs, the cause does not. */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error)
  return /Failed to fetch dynamically imported module|Importing a module script failed|error loading dynamically imported module|Loading chunk/i.test(
    message,
  )
}

/**
 * The router's onError: a page whose code could not be fetched while offline (or on a network
 * failure) is remembered so the offline page can stand in for it. Other errors are not ours.
 */
export function noteNavigationError(error: unknown, path: string): boolean {
  if (!isChunkLoadError(error)) return false
  failedPath.value = path
  return true
}

/** Forget the failure (the retry button, or a navigation that worked). */
export function clearNavigationError(): void {
  failedPath.value = null
}

export const connectivity = {
  online: readonly(online),
  failedPath: readonly(failedPath),
}

/** For tests: set the state directly. */
export function setConnectivityForTest(isOnline: boolean, path: string | null = null): void {
  online.value = isOnline
  failedPath.value = path
}
