import { beforeEach, describe, expect, it, vi } from 'vitest'
import { markSetupDone, resetSetupStatus, setupNeeded } from './setup-status'

describe('setupNeeded', () => {
  beforeEach(() => resetSetupStatus())

  it('asks the server once and keeps the answer', async () => {
    const ask = vi.fn(async () => ({ needed: true }))
    expect(await Promise.all([setupNeeded(ask), setupNeeded(ask)])).toEqual([true, true])
    expect(await setupNeeded(ask)).toBe(true)
    expect(ask).toHaveBeenCalledTimes(1)
  })

  it('is not needed any more once the company was created', async () => {
    const ask = vi.fn(async () => ({ needed: true }))
    await setupNeeded(ask)
    markSetupDone()
    expect(await setupNeeded(ask)).toBe(false)
  })

  it('shows the login when the server cannot tell (error, or a server without /setup)', async () => {
    const ask = vi.fn<() => Promise<{ needed: boolean }>>(async () => Promise.reject(new Error('404')))
    expect(await setupNeeded(ask)).toBe(false)
    // Not remembered: the next navigation asks again.
    ask.mockResolvedValueOnce({ needed: true })
    expect(await setupNeeded(ask)).toBe(true)
  })
})
