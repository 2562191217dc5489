// The signed-in session: who the user is, the company, and what they may do.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import * as authApi from '@/api/auth'
import { ApiError, setCsrfToken } from '@/api/client'
import type { DataScope, LoginRequest, MeResponse, Tenant, User } from '@/api/types'

/** The enterprise code last signed in with, so the login form can offer it again. */
export const LAST_TENANT_KEY = 'quanke.tenant'

/**
 * The last answer of GET /me on this device. When the server cannot be reached (a reload with no
 * signal), the app starts from it instead of the login form, so that the 待发送 queue and the
 * capture forms stay at hand; the server still checks the session on every request, and the
 * answer is asked again as soon as the device is online. Forgotten on sign-out and on any 401.
 */
export const SESSION_KEY = 'quanke.session'

/** Whether an error means the server was not reached (offline, or a gateway without it). */
function unreachable(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 0 || error.status === 502 || error.status === 503 || error.status === 504)
}

function remembered(): MeResponse | null {
  try {
    const saved = JSON.parse(localStorage.getItem(SESSION_KEY) ?? 'null') as MeResponse | null
    return saved?.user && saved.tenant ? saved : null
  } catch {
    return null
  }
}

export const useSessionStore = defineStore('session', () => {
  const user = ref<User | null>(null)
  const tenant = ref<Tenant | null>(null)
  const permissions = ref<string[]>([])
  const dataScope = ref<DataScope>('self')
  /** True once we asked the server whether a session exists (answer may be "no"). */
  const checked = ref(false)
  /** True while the session shown is the one remembered on this device (server not reached). */
  const fromDevice = ref(false)

  const loggedIn = computed(() => user.value !== null)

  function can(permission: string): boolean {
    return permissions.value.includes(permission)
  }

  async function refresh(probe = false): Promise<boolean> {
    try {
      const me = await authApi.getMe(probe)
      apply(me)
      fromDevice.value = false
      localStorage.setItem(SESSION_KEY, JSON.stringify(me))
      return true
    } catch (error) {
      const saved = unreachable(error) ? remembered() : null
      if (saved) {
        apply(saved)
        fromDevice.value = true
        return true
      }
      clear()
      return false
    } finally {
      checked.value = true
    }
  }

  function apply(me: MeResponse) {
    user.value = me.user
    tenant.value = me.tenant
    permissions.value = me.permissions ?? []
    dataScope.value = me.dataScope
  }

  /**
   * Asks the server again for a session taken from the device (call when back online): a session
   * that ended meanwhile gets the usual 401 handling (the client's onUnauthorized: to the login).
   */
  async function confirm(): Promise<void> {
    if (fromDevice.value) await refresh()
  }

  /** Called at navigation time: asks the server only the first time. */
  async function ensureLoaded(): Promise<boolean> {
    if (checked.value) return loggedIn.value
    return refresh(true)
  }

  async function login(body: LoginRequest): Promise<void> {
    const answer = await authApi.login(body)
    setCsrfToken(answer.csrfToken)
    user.value = answer.user
    await refresh()
  }

  async function logout(): Promise<void> {
    try {
      await authApi.logout()
    } catch {
      // The session may already be gone; the user wants out either way.
    }
    clear()
  }

  function clear() {
    user.value = null
    tenant.value = null
    permissions.value = []
    dataScope.value = 'self'
    fromDevice.value = false
    setCsrfToken(null)
    localStorage.removeItem(SESSION_KEY)
  }

  return { user, tenant, permissions, dataScope, checked, fromDevice, loggedIn, can, refresh, confirm, ensureLoaded, login, logout, clear }
})
