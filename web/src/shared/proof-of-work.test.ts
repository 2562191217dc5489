import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { leadingZeroBits, solveChallenge } from './proof-of-work'

describe('proof of work', () => {
  it('counts leading zero bits', () => {
    expect(leadingZeroBits(new Uint8Array([0, 0, 0x80]))).toBe(16)
    expect(leadingZeroBits(new Uint8Array([0, 0x0f]))).toBe(12)
    expect(leadingZeroBits(new Uint8Array([0x40]))).toBe(1)
    expect(leadingZeroBits(new Uint8Array([0, 0]))).toBe(16)
  })

  it('finds a solution the server accepts (checked with an independent SHA-256)', async () => {
    const challenge = '1765000000000.12.abcdef012345.0123456789abcdef0123456789abcdef'
    const solution = await solveChallenge(challenge, 12)
    const digest = createHash('sha256').update(`${challenge}:${solution}`).digest()
    expect(leadingZeroBits(new Uint8Array(digest))).toBeGreaterThanOrEqual(12)
    // The first solution: no smaller number solves it.
    for (let n = 0; n < Number(solution); n++) {
      const d = createHash('sha256').update(`${challenge}:${n}`).digest()
      expect(leadingZeroBits(new Uint8Array(d))).toBeLessThan(12)
    }
  })
})
