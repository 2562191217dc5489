// The login challenge of an address with many failed logins (server: org::LoginChallenges):
// find a `solution` such that SHA-256(challenge ":" solution) starts with `difficulty` zero
// bits. A browser needs a fraction of a second for the usual 14 bits; a password-guessing
// script pays it for every guess.

/** Leading zero bits of a digest. */
export function leadingZeroBits(digest: Uint8Array): number {
  let bits = 0
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8
      continue
    }
    return bits + Math.clz32(byte) - 24
  }
  return bits
}

/** Counts up from 0 until a solution is found; hashes `batch` candidates at a time. */
export async function solveChallenge(challenge: string, difficulty: number, batch = 256): Promise<string> {
  const encoder = new TextEncoder()
  for (let start = 0; ; start += batch) {
    const candidates = Array.from({ length: batch }, (_, i) => start + i)
    const digests = await Promise.all(
      candidates.map((n) => crypto.subtle.digest('SHA-256', encoder.encode(`${challenge}:${n}`))),
    )
    const hit = digests.findIndex((d) => leadingZeroBits(new Uint8Array(d)) >= difficulty)
    if (hit >= 0) return String(candidates[hit])
  }
}
