import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, buildUrl, configureClient, request, setCsrfToken } from './client'

/** Resolves with the ApiError a request fails with; fails the test if it succeeds. */
function failure(promise: Promise<unknown>): Promise<ApiError> {
  return promise.then(
    () => {
      throw new Error('expected the request to fail')
    },
    (e: unknown) => e as ApiError,
  )
}

function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  })
}

describe('api client', () => {
  const fetchMock = vi.fn()
  const showError = vi.fn()
  const onUnauthorized = vi.fn()
  let language = 'zh-CN'

  beforeEach(() => {
    fetchMock.mockReset()
    showError.mockReset()
    onUnauthorized.mockReset()
    language = 'zh-CN'
    vi.stubGlobal('fetch', fetchMock)
    localStorage.clear()
    configureClient({ language: () => language, showError, onUnauthorized, networkErrorMessage: () => 'offline' })
  })

  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('sends cookies, Accept-Language and no CSRF header on GET', async () => {
    setCsrfToken('csrf-1')
    language = 'en'
    fetchMock.mockResolvedValue(jsonResponse(200, { items: [], nextCursor: null, total: 0 }))
    await request('/users', { query: { q: '张', limit: 20, cursor: null, status: '' } })
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/api/v1/users?q=%E5%BC%A0&limit=20')
    expect(init.credentials).toBe('include')
    expect(init.headers['Accept-Language']).toBe('en')
    expect(init.headers['X-CSRF-Token']).toBeUndefined()
  })

  it('adds X-CSRF-Token and a JSON body on mutations', async () => {
    setCsrfToken('csrf-2')
    fetchMock.mockResolvedValue(jsonResponse(201, { id: '1' }))
    const answer = await request<{ id: string }>('/departments', { method: 'POST', body: { name: 'A' } })
    expect(answer).toEqual({ id: '1' })
    const [, init] = fetchMock.mock.calls[0]
    expect(init.method).toBe('POST')
    expect(init.headers['X-CSRF-Token']).toBe('csrf-2')
    expect(init.headers['Content-Type']).toBe('application/json')
    expect(init.headers['Idempotency-Key']).toBeTruthy()
    expect(init.body).toBe('{"name":"A"}')
  })

  it('sends the CSRF header on PATCH and DELETE too', async () => {
    setCsrfToken('csrf-3')
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }))
    await request('/roles/5', { method: 'DELETE' })
    await request('/roles/5', { method: 'PATCH', body: { name: 'x' } })
    expect(fetchMock.mock.calls[0][1].headers['X-CSRF-Token']).toBe('csrf-3')
    expect(fetchMock.mock.calls[1][1].headers['X-CSRF-Token']).toBe('csrf-3')
  })

  it('returns undefined for 204', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }))
    await expect(request('/auth/logout', { method: 'POST' })).resolves.toBeUndefined()
  })

  it('maps the error envelope to ApiError and shows a toast', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(400, {
        error: {
          code: 'validation.failed',
          message: '请检查输入',
          details: { fields: [{ field: 'name', issue: 'required' }] },
        },
        requestId: 'req-9',
      }),
    )
    const error = await failure(request('/departments', { method: 'POST', body: {} }))
    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(400)
    expect(error.code).toBe('validation.failed')
    expect(error.message).toBe('请检查输入')
    expect(error.requestId).toBe('req-9')
    expect(error.fieldIssues).toEqual([{ field: 'name', issue: 'required' }])
    expect(showError).toHaveBeenCalledWith(error)
    expect(onUnauthorized).not.toHaveBeenCalled()
  })

  it('does not toast when silent', async () => {
    fetchMock.mockResolvedValue(jsonResponse(409, { error: { code: 'user.username_taken', message: 'taken' }, requestId: 'r' }))
    const error = await failure(request('/users', { method: 'POST', body: {}, silent: true }))
    expect(error.code).toBe('user.username_taken')
    expect(showError).not.toHaveBeenCalled()
  })

  it('hands 401 to the unauthorized handler instead of a toast', async () => {
    fetchMock.mockResolvedValue(jsonResponse(401, { error: { code: 'auth.session_expired', message: '请重新登录' }, requestId: 'r' }))
    const error = await failure(request('/users'))
    expect(error.status).toBe(401)
    expect(onUnauthorized).toHaveBeenCalledWith(error)
    expect(showError).not.toHaveBeenCalled()
  })

  it('does not redirect on 401 when asked not to (login)', async () => {
    fetchMock.mockResolvedValue(jsonResponse(401, { error: { code: 'auth.invalid_credentials', message: '用户名或密码错误' }, requestId: 'r' }))
    const error = await failure(request('/auth/login', { method: 'POST', body: {}, silent: true, noAuthRedirect: true }))
    expect(error.code).toBe('auth.invalid_credentials')
    expect(onUnauthorized).not.toHaveBeenCalled()
    expect(showError).not.toHaveBeenCalled()
  })

  it('survives a non-JSON error body', async () => {
    fetchMock.mockResolvedValue(new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway', headers: { 'X-Request-Id': 'gw-1' } }))
    const error = await failure(request('/users'))
    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(502)
    expect(error.code).toBe('http.502')
    expect(error.message).toBe('Bad Gateway')
    expect(error.requestId).toBe('gw-1')
    expect(error.details).toEqual({})
  })

  it('turns a network failure into ApiError status 0', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'))
    const error = await failure(request('/users'))
    expect(error.status).toBe(0)
    expect(error.code).toBe('network')
    expect(error.message).toBe('offline')
    expect(showError).toHaveBeenCalledOnce()
  })

  it('forgets the CSRF token when cleared', async () => {
    setCsrfToken('x')
    setCsrfToken(null)
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }))
    await request('/auth/logout', { method: 'POST' })
    expect(fetchMock.mock.calls[0][1].headers['X-CSRF-Token']).toBeUndefined()
  })

  it('builds URLs without empty parameters', () => {
    expect(buildUrl('/users')).toBe('/api/v1/users')
    expect(buildUrl('/users', { q: '', departmentId: undefined, limit: 50 })).toBe('/api/v1/users?limit=50')
  })
})
