// The one HTTP client of the web app. Every endpoint function in src/api/*.ts goes through
// `request`, which:
//  - sends the session cookie (credentials: 'include') and, on mutations, the X-CSRF-Token the
//    login returned (kept in localStorage so that other tabs of the same session can write too);
//  - sends Accept-Language matching the UI language, so server messages come in that language;
//  - turns the error envelope into an ApiError, shows it as a toast, and on 401 hands over to
//    the unauthorized handler (which goes to /login).
// UI concerns (toast, navigation, current language) are injected with `configureClient`, so the
// client stays testable without a DOM framework.
import type { FieldIssue } from './types'

const CSRF_STORAGE_KEY = 'quanke.csrf'
const API_BASE = '/api/v1'

export interface ApiErrorDetails {
  fields?: FieldIssue[]
  [key: string]: unknown
}

export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly details: ApiErrorDetails
  readonly requestId: string | null

  constructor(status: number, code: string, message: string, details: ApiErrorDetails = {}, requestId: string | null = null) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.details = details
    this.requestId = requestId
  }

  /** Field-level validation issues from `details.fields`, empty when there are none. */
  get fieldIssues(): FieldIssue[] {
    return Array.isArray(this.details.fields) ? this.details.fields : []
  }
}

export interface ClientHooks {
  /** The UI language, sent as Accept-Language. */
  language: () => string
  /** Shows an error to the user. */
  showError: (error: ApiError) => void
  /** Called on any 401 from a request that did not opt out (session gone: go to login). */
  onUnauthorized: (error: ApiError) => void
  /** Text for a network failure (no answer from the server), in the UI language. */
  networkErrorMessage: () => string
}

let hooks: ClientHooks = {
  language: () => 'zh-CN',
  showError: () => {},
  onUnauthorized: () => {},
  networkErrorMessage: () => 'Network error',
}

export function configureClient(next: Partial<ClientHooks>): void {
  hooks = { ...hooks, ...next }
}

export function getCsrfToken(): string | null {
  return localStorage.getItem(CSRF_STORAGE_KEY)
}

export function setCsrfToken(token: string | null): void {
  if (token) localStorage.setItem(CSRF_STORAGE_KEY, token)
  else localStorage.removeItem(CSRF_STORAGE_KEY)
}

export type Query = Record<string, string | number | boolean | null | undefined>

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
  query?: Query
  body?: unknown
  /** Do not show a toast for errors: the caller presents them (e.g. inline on the login form). */
  silent?: boolean
  /** Do not redirect to login on 401 (the login request itself, the initial session probe). */
  noAuthRedirect?: boolean
  /**
   * The Idempotency-Key of a POST, when the caller keeps it to replay the request (the offline
   * queue, shared/offline/); by default each POST gets a new one.
   */
  idempotencyKey?: string
}

/** What a caller that replays a request (the offline queue) may set on it. */
export type SendOptions = Pick<RequestOptions, 'idempotencyKey' | 'silent' | 'noAuthRedirect'>

export function buildUrl(path: string, query?: Query): string {
  let url = API_BASE + path
  if (query) {
    const params = new URLSearchParams()
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined || value === null || value === '') continue
      params.set(key, String(value))
    }
    const text = params.toString()
    if (text) url += '?' + text
  }
  return url
}

function isMutation(method: string): boolean {
  return method !== 'GET' && method !== 'HEAD'
}

export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID()
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
}

/** Maps a non-2xx response to an ApiError, tolerating bodies that are not the envelope. */
export async function toApiError(response: Response): Promise<ApiError> {
  let payload: unknown = null
  try {
    payload = await response.json()
  } catch {
    payload = null
  }
  const envelope = payload as {
    error?: { code?: unknown; message?: unknown; details?: unknown }
    requestId?: unknown
  } | null
  const error = envelope?.error
  const code = typeof error?.code === 'string' ? error.code : `http.${response.status}`
  const message =
    typeof error?.message === 'string' && error.message ? error.message : response.statusText || `HTTP ${response.status}`
  const details =
    error?.details && typeof error.details === 'object' ? (error.details as ApiErrorDetails) : {}
  const requestId =
    typeof envelope?.requestId === 'string' ? envelope.requestId : response.headers.get('X-Request-Id')
  return new ApiError(response.status, code, message, details, requestId)
}

/**
 * The headers every request sends: Accept, Accept-Language and, on mutations, X-CSRF-Token and
 * (POST) an Idempotency-Key. Also used by requests that cannot go through `fetch` (uploads with
 * progress go through XMLHttpRequest).
 */
export function baseHeaders(method: string, idempotencyKey?: string): Record<string, string> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': hooks.language(),
  }
  if (isMutation(method)) {
    const csrf = getCsrfToken()
    if (csrf) headers['X-CSRF-Token'] = csrf
    if (method === 'POST') headers['Idempotency-Key'] = idempotencyKey ?? newIdempotencyKey()
  }
  return headers
}

/** Maps an error answer given as text (XMLHttpRequest) to an ApiError. */
export function apiErrorFromText(status: number, statusText: string, text: string, requestIdHeader: string | null): ApiError {
  let payload: unknown = null
  try {
    payload = text ? JSON.parse(text) : null
  } catch {
    payload = null
  }
  const envelope = payload as { error?: { code?: unknown; message?: unknown; details?: unknown }; requestId?: unknown } | null
  const error = envelope?.error
  const code = typeof error?.code === 'string' ? error.code : `http.${status}`
  const message = typeof error?.message === 'string' && error.message ? error.message : statusText || `HTTP ${status}`
  const details = error?.details && typeof error.details === 'object' ? (error.details as ApiErrorDetails) : {}
  const requestId = typeof envelope?.requestId === 'string' ? envelope.requestId : requestIdHeader
  return new ApiError(status, code, message, details, requestId)
}

/** A network failure as an ApiError (status 0), in the UI language. */
export function networkError(): ApiError {
  return new ApiError(0, 'network', hooks.networkErrorMessage())
}

/** Presents a failed request the way `request` does: 401 → login, else a toast unless silent. */
export function reportError(error: ApiError, options: Pick<RequestOptions, 'silent' | 'noAuthRedirect'> = {}): void {
  if (error.status === 401 && !options.noAuthRedirect) hooks.onUnauthorized(error)
  else if (!options.silent) hooks.showError(error)
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET'
  const headers = baseHeaders(method, options.idempotencyKey)
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'

  let response: Response
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'include',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    })
  } catch {
    const error = new ApiError(0, 'network', hooks.networkErrorMessage())
    if (!options.silent) hooks.showError(error)
    throw error
  }

  if (!response.ok) {
    const error = await toApiError(response)
    if (error.status === 401 && !options.noAuthRedirect) {
      hooks.onUnauthorized(error)
    } else if (!options.silent) {
      hooks.showError(error)
    }
    throw error
  }

  if (response.status === 204) return undefined as T
  const text = await response.text()
  return (text ? JSON.parse(text) : undefined) as T
}

/**
 * Lists answer the envelope `{items, nextCursor, total}`; a few unpaginated lists may come as a
 * bare array. Either way the caller gets the envelope.
 */
export function asList<T>(answer: { items: T[]; nextCursor?: string | null; total?: number } | T[]): {
  items: T[]
  nextCursor: string | null
  total?: number
} {
  if (Array.isArray(answer)) return { items: answer, nextCursor: null, total: answer.length }
  return { items: answer.items ?? [], nextCursor: answer.nextCursor ?? null, total: answer.total }
}
