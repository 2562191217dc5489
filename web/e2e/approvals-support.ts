// Helpers of the approval journeys (docs/api-approvals.md): API sessions of named demo users
// (bearer tokens, so they need no CSRF token and leave the page's own session alone), who heads
// a department, and approving what is left of an approval as whoever it waits on.
import { expect, request, type APIRequestContext } from '@playwright/test'
import { DEMO_ADMIN, DEMO_PASSWORD, DEMO_TENANT } from './support'

export interface ApproverLite {
  userId: string
  name: string
  state: string
  comment: string
}

export interface ApprovalLite {
  id: string
  subjectType: string
  subjectId: string
  title: string
  amountFen: number
  status: string
  currentStep: number | null
  waitingOn: { userId: string; name: string }[]
  steps: { name: string; mode: 'any' | 'all'; state: string; approvers: ApproverLite[] }[]
  history: { action: string; userName: string; comment: string }[]
  version: number
}

export interface UserLite {
  id: string
  username: string
  name: string
  departmentId: string
  isDepartmentHead: boolean
}

export interface ApiSession {
  api: APIRequestContext
  user: UserLite
  get: <T>(path: string) => Promise<T>
  post: <T>(path: string, body: unknown) => Promise<T>
}

/** An API session of a demo user (bearer token). */
export async function apiAs(baseURL: string, username: string): Promise<ApiSession> {
  const login = await request.newContext({ baseURL })
  const answer = await login.post('/api/v1/auth/login', { data: { tenant: DEMO_TENANT, username, password: DEMO_PASSWORD } })
  expect(answer.ok(), `login ${username} → ${answer.status()}`).toBeTruthy()
  const { token, user } = (await answer.json()) as { token: string; user: UserLite }
  await login.dispose()
  const api = await request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}`, 'Accept-Language': 'zh-CN' } })
  const get = async <T>(path: string): Promise<T> => {
    const r = await api.get(`/api/v1${path}`)
    expect(r.ok(), `GET ${path} as ${username} → ${r.status()}`).toBeTruthy()
    return (await r.json()) as T
  }
  const post = async <T>(path: string, body: unknown): Promise<T> => {
    const r = await api.post(`/api/v1${path}`, { data: body })
    expect(r.ok(), `POST ${path} as ${username} → ${r.status()} ${await r.text()}`).toBeTruthy()
    return (await r.json()) as T
  }
  return { api, user, get, post }
}

export async function adminSession(baseURL: string): Promise<ApiSession> {
  return apiAs(baseURL, DEMO_ADMIN)
}

/** The head of a department, from the organisation (not from the approval under test). */
export async function departmentHead(admin: ApiSession, departmentId: string): Promise<UserLite> {
  const members = await admin.get<{ items: UserLite[] }>(`/users?departmentId=${departmentId}&status=active&limit=200`)
  const head = members.items.find((u) => u.departmentId === departmentId && u.isDepartmentHead)
  expect(head, `the head of department ${departmentId}`).toBeTruthy()
  return head!
}

/** Approves every step still pending, each as one of the users it waits on; returns the end state. */
export async function approveTheRest(baseURL: string, admin: ApiSession, applicant: ApiSession, approvalId: string): Promise<ApprovalLite> {
  let approval = await applicant.get<ApprovalLite>(`/approvals/${approvalId}`)
  for (let round = 0; round < 20 && approval.status === 'pending'; round++) {
    expect(approval.waitingOn.length, 'a pending approval waits on someone').toBeGreaterThan(0)
    const next = await admin.get<UserLite>(`/users/${approval.waitingOn[0].userId}`)
    const approver = await apiAs(baseURL, next.username)
    approval = await approver.post<ApprovalLite>(`/approvals/${approvalId}/approve`, { version: approval.version })
    await approver.api.dispose()
  }
  return approval
}
