// First run (首次使用): whether the database holds no company yet, and creating the first one with
// its administrator. Both endpoints need no session; errors are shown by the page, not a toast.
import { request } from './client'

export interface SetupStatus {
  /** True when no company exists yet: the web app offers to create one instead of the login. */
  needed: boolean
}

export interface SetupInput {
  /** Enterprise code used at login: 2–32 of a-z, 0-9 and "-". */
  code: string
  name: string
  adminUsername: string
  /** At least 8 characters. */
  adminPassword: string
  adminName?: string
  /** IANA time zone such as "Asia/Shanghai". */
  timeZone?: string
}

export interface SetupResult {
  tenantId: string
  code: string
  name: string
  adminUserId: string
}

export function getSetupStatus(): Promise<SetupStatus> {
  return request('/setup', { silent: true, noAuthRedirect: true })
}

/** 201 with the new company; 409 `setup.done` when one exists already; 400 `validation`. */
export function createFirstCompany(body: SetupInput): Promise<SetupResult> {
  return request('/setup', { method: 'POST', body, silent: true, noAuthRedirect: true })
}
