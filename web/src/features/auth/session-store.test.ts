import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { ApiError } from '@/api/client'
import type { MeResponse } from '@/api/types'

const getMe = vi.fn<(probe?: boolean) => Promise<MeResponse>>()
vi.mock('@/api/auth', () => ({ getMe: (probe?: boolean) => getMe(probe), login: vi.fn(), logout: vi.fn() }))

const { useSessionStore, SESSION_KEY } = await import('./session-store')

const ME = {
  user: { id: 'u1', username: 'rep01', displayName: '销售一' },
  tenant: { id: 't1', code: 'demo', name: '演示公司' },
  permissions: ['customer.view', 'followup.create'],
  dataScope: 'self',
} as unknown as MeResponse

const offline = () => new ApiError(0, 'network', 'Network error')

describe('the session remembered on the device', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    localStorage.clear()
    getMe.mockReset()
  })

  it('keeps the last answer of /me', async () => {
    getMe.mockResolvedValueOnce(ME)
    expect(await useSessionStore().ensureLoaded()).toBe(true)
    expect(JSON.parse(localStorage.getItem(SESSION_KEY)!)).toEqual(ME)
    expect(useSessionStore().fromDevice).toBe(false)
  })

  it('starts from it when the server cannot be reached, and says so', async () => {
    localStorage.setItem(SESSION_KEY, JSON.stringify(ME))
    getMe.mockRejectedValueOnce(offline())
    const session = useSessionStore()
    expect(await session.ensureLoaded()).toBe(true)
    expect(session.user?.username).toBe('rep01')
    expect(session.can('followup.create')).toBe(true)
    expect(session.fromDevice).toBe(true)
  })

  it('is not invented when nothing was remembered', async () => {
    getMe.mockRejectedValueOnce(offline())
    expect(await useSessionStore().ensureLoaded()).toBe(false)
  })

  it('is forgotten when the server says the session is gone', async () => {
    localStorage.setItem(SESSION_KEY, JSON.stringify(ME))
    getMe.mockRejectedValueOnce(new ApiError(401, 'auth.unauthenticated', 'Not signed in'))
    expect(await useSessionStore().ensureLoaded()).toBe(false)
    expect(localStorage.getItem(SESSION_KEY)).toBeNull()
  })

  it('is asked again once online; a server answer replaces it', async () => {
    localStorage.setItem(SESSION_KEY, JSON.stringify(ME))
    getMe.mockRejectedValueOnce(offline())
    const session = useSessionStore()
    await session.ensureLoaded()
    getMe.mockResolvedValueOnce({ ...ME, permissions: ['customer.view'] })
    await session.confirm()
    expect(session.fromDevice).toBe(false)
    expect(session.can('followup.create')).toBe(false)
    expect(JSON.parse(localStorage.getItem(SESSION_KEY)!).permissions).toEqual(['customer.view'])
  })

  it('is forgotten on sign-out', async () => {
    getMe.mockResolvedValueOnce(ME)
    const session = useSessionStore()
    await session.ensureLoaded()
    await session.logout()
    expect(localStorage.getItem(SESSION_KEY)).toBeNull()
    expect(session.loggedIn).toBe(false)
  })
})
