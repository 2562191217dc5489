import { request } from './client'
import type { LoginRequest, LoginResponse, MeResponse } from './types'

export function login(body: LoginRequest): Promise<LoginResponse> {
  return request('/auth/login', { method: 'POST', body, silent: true, noAuthRedirect: true })
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
