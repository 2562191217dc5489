import { ApiError, request } from './client'
import type { LoginRequest, LoginResponse, MeResponse } from './types'
import { solveChallenge } from '../shared/proof-of-work'

/**
 * Logs in. From an address with many failed logins the server first asks for a proof of work
 * (429 `auth.challenge_required` with `challenge` and `difficulty`); it is solved here and the
 * login sent again, so a correct password still gets in.
 */
export async function login(body: LoginRequest): Promise<LoginResponse> {
  let attempt: LoginRequest = body
  for (let round = 0; ; round++) {
    try {
      return await request('/auth/login', { method: 'POST', body: attempt, silent: true, noAuthRedirect: true })
    } catch (e) {
      const challenge = e instanceof ApiError && e.code === 'auth.challenge_required' ? e.details : null
      if (!challenge || round >= 2 || typeof challenge.challenge !== 'string' || typeof challenge.difficulty !== 'number') throw e
      const solution = await solveChallenge(challenge.challenge, challenge.difficulty)
      attempt = { ...body, challenge: challenge.challenge, solution }
    }
  }
}

export function logout(): Promise<void> {
  return request('/auth/logout', { method: 'POST', silent: true, noAuthRedirect: true })
}

/** The current session; `probe` is for the start-up check, where 401 just means "not logged in". */
export function getMe(probe = false): Promise<MeResponse> {
  return request('/me', probe ? { silent: true, noAuthRedirect: true } : {})
}

export function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  return request('/me/password', { method: 'POST', body: { currentPassword, newPassword }, silent: true })
}
