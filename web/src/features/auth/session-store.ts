// The signed-in session: who the user is, the company, and what they may do.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import * as authApi from '@/api/auth'
import { setCsrfToken } from '@/api/client'
import type { DataScope, LoginRequest, Tenant, User } from '@/api/types'

/** The enterprise code last signed in with, so the login form can offer it again. */
export const LAST_TENANT_KEY = 'quanke.tenant'

export const useSessionStore = defineStore('session', () => {
  const user = ref<User | null>(null)
  const tenant = ref<Tenant | null>(null)
  const permissions = ref<string[]>([])
  const dataScope = ref<DataScope>('self')
  /** True once we asked the server whether a session exists (answer may be "no"). */
  const checked = ref(false)

  const loggedIn = computed(() => user.value !== null)

  function can(permission: string): boolean {
    return permissions.value.includes(permission)
  }

  async function refresh(probe = false): Promise<boolean> {
    try {
      const me = await authApi.getMe(probe)
      user.value = me.user
      tenant.value = me.tenant
      permissions.value = me.permissions ?? []
      dataScope.value = me.dataScope
      return true
    } catch {
      clear()
      return false
    } finally {
      checked.value = true
    }
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
    setCsrfToken(null)
  }

  return { user, tenant, permissions, dataScope, checked, loggedIn, can, refresh, ensureLoaded, login, logout, clear }
})
