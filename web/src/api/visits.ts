// Field visits: nearby customers, check-ins, the check-in policy, visit plans and statistics —
// checked against docs/api-visits.md. Coordinates are WGS-84 degrees (the browser's Geolocation
// API gives WGS-84, so the client never converts); distances in metres; instants ISO-8601 UTC.
import { asList, request, type SendOptions } from './client'
import type { Attachment } from './activity'
import type { Customer } from './customers'
import type { ListResponse } from './types'

const enc = encodeURIComponent

// --- objects -------------------------------------------------------------------------------

/** A nearby customer's card: these fields of the customer (as in the lists), not the whole record. */
export type NearbyCustomer = Pick<
  Customer,
  | 'id' | 'name' | 'shortName' | 'industry' | 'level' | 'status' | 'city' | 'district' | 'address' | 'lat' | 'lng'
  | 'phone' | 'phoneMasked' | 'locked' | 'ownerId' | 'ownerName' | 'ownerDepartmentName' | 'poolId' | 'poolName'
  | 'lastFollowUpAt' | 'nextFollowUpAt'
> & { distanceM: number }

export interface NearbyAnswer {
  items: NearbyCustomer[]
  center: { lat: number; lng: number }
  radius: number
}

export type NearbyScope = 'mine' | 'team' | 'pool' | 'all'
export const NEARBY_SCOPES: readonly NearbyScope[] = ['mine', 'team', 'pool', 'all']

export type CheckInScore = 'verified' | 'suspicious' | 'unverifiable'
export const CHECK_IN_SCORES: readonly CheckInScore[] = ['verified', 'suspicious', 'unverifiable']

export type ReasonCode =
  | 'far_from_customer'
  | 'poor_accuracy'
  | 'static_coordinates'
  | 'impossible_speed'
  | 'mock_location'
  | 'reused_photo'
  | 'photo_time_mismatch'
  | 'no_customer_location'
  | 'late_upload'

export interface Reason {
  /** Read tolerantly: an unknown code shows the server's message. */
  code: ReasonCode | string
  message: string
  /** Measured values, e.g. distanceM, accuracyM, speedKmh. */
  details: Record<string, number>
}

export interface CheckIn {
  id: string
  userId: string
  userName: string
  customerId: string | null
  customerName: string | null
  lat: number
  lng: number
  accuracyM: number
  provider: string
  mockLocation: boolean
  purpose: string
  notes: string
  /** To the customer's site; null without a customer (or when it had no coordinates). */
  distanceM: number | null
  /** When the server received it (= receivedAt). */
  at: string
  /** When the device took the fix (the client's capturedAt, else the receipt time). */
  capturedAt: string
  /** When the server received it; more than 10 min after capturedAt adds late_upload. */
  receivedAt: string
  score: CheckInScore
  reasons: Reason[]
  attachments: Attachment[]
  followUpId: string | null
  /** This check-in set the customer's coordinates (客户标注). */
  fixedCustomerLocation: boolean
  /** When the client said the photo was taken; null without a photo. */
  photoTakenAt: string | null
  /** Where that time came from: the photo's EXIF or the file's modification time. */
  photoTimeSource: PhotoTimeSource | null
}

/** exif: the camera's capture time in the photo; file: the file's modification time. */
export type PhotoTimeSource = 'exif' | 'file'

export interface CheckInInput {
  lat: number
  lng: number
  accuracyM: number
  provider?: string
  mockLocation?: boolean
  customerId?: string
  purpose?: string
  notes?: string
  attachmentIds?: string[]
  /** The instant the client says the photo was taken. */
  photoTakenAt?: string
  photoTimeSource?: PhotoTimeSource
  coord?: 'wgs84' | 'gcj02'
  /** The instant of the device's fix (a check-in kept offline sends it later). */
  capturedAt?: string
}

export interface CheckInQuery {
  userId?: string
  customerId?: string
  score?: CheckInScore
  from?: string
  to?: string
  limit?: number
  cursor?: string | null
}

export type CheckInPolicyMode = 'flag' | 'block'

export interface CheckInPolicy {
  policy: CheckInPolicyMode
  maxDistanceM: number
  maxAccuracyM: number
  maxSpeedKmh: number
  photoMaxAgeMinutes: number
}

/** The tenant's map tiles (GET/PUT /settings/map). */
export type MapTilePreset = 'amap' | 'tencent' | 'osm' | 'custom' | 'none'
export const MAP_TILE_PRESETS: readonly MapTilePreset[] = ['amap', 'tencent', 'osm', 'custom', 'none']

export interface MapSettings {
  preset: MapTilePreset
  /** The URL template of `custom` ("" until set), kept while another preset is on. */
  customUrl: string
  /** The custom tiles are GCJ-02. */
  customGcj02: boolean
  /** Nothing stored yet: the default for the tenant's time zone. */
  isDefault: boolean
}

export interface MapSettingsInput {
  preset: MapTilePreset
  customUrl?: string
  customGcj02?: boolean
}

export type VisitPlanStatus = 'planned' | 'done' | 'missed'
export const VISIT_PLAN_STATUSES: readonly VisitPlanStatus[] = ['planned', 'done', 'missed']

export interface VisitPlan {
  id: string
  userId: string
  userName: string
  customerId: string
  customerName: string
  plannedAt: string
  remindMinutesBefore: number | null
  notes: string
  status: VisitPlanStatus
  checkInId: string | null
  createdAt: string
}

export interface VisitPlanInput {
  customerId: string
  plannedAt: string
  remindMinutesBefore?: number | null
  notes?: string
}

/** What PATCH /visit-plans/{id} may change (the customer stays). */
export type VisitPlanChange = Partial<Omit<VisitPlanInput, 'customerId'>>

export interface VisitPlanQuery {
  userId?: string
  from?: string
  to?: string
  status?: VisitPlanStatus
}

export interface VisitStatsUser {
  userId: string
  name: string
  departmentName: string
  visits: number
  customersVisited: number
  suspicious: number
  /** Live customers the user owns now that were never visited (not limited to the period). */
  neverVisited: number
  /** Live customers the user owns last visited more than forgottenDays days ago. */
  forgotten: number
}

export interface VisitStatsCustomer {
  customerId: string
  name: string
  visits: number
}

export interface VisitStats {
  byUser: VisitStatsUser[]
  byCustomer: VisitStatsCustomer[]
  total: { visits: number; customersVisited: number; neverVisited: number; forgotten: number }
  forgottenDays: number
}

/** never: customers never visited; forgotten: last visited more than forgottenDays days ago. */
export type NeglectKind = 'never' | 'forgotten'

/** A live customer behind a neverVisited / forgotten number (GET /visits/neglected). */
export interface NeglectedCustomer {
  id: string
  name: string
  ownerId: string
  ownerName: string
  lastVisitAt: string | null
  lastFollowUpAt: string | null
  createdAt: string
}

export interface NeglectedQuery {
  kind: NeglectKind
  forgottenDays?: number
  departmentId?: string
  /** 客户类型: comma list of customer levels. */
  customerLevels?: string
  ownerId?: string
  limit?: number
  cursor?: string
}

/** Default of forgottenDays (客户遗忘天数), as the server's. */
export const DEFAULT_FORGOTTEN_DAYS = 150

export interface VisitMapPoint {
  id: string
  lat: number
  lng: number
  score: CheckInScore
  userName: string
  /** "" for a check-in without a customer. */
  customerName: string
  at: string
}

export interface VisitMap {
  checkIns: VisitMapPoint[]
  /** ownerName is "" for a customer in a pool. */
  customers: { id: string; name: string; lat: number; lng: number; ownerName: string }[]
}

// --- endpoints -----------------------------------------------------------------------------

export interface NearbyQuery {
  lat: number
  lng: number
  radius?: number
  limit?: number
  scope?: NearbyScope
}

export async function listNearbyCustomers(query: NearbyQuery): Promise<NearbyAnswer> {
  const answer = await request<NearbyAnswer>('/customers/nearby', { query: { ...query } })
  return { items: answer.items ?? [], center: answer.center ?? { lat: query.lat, lng: query.lng }, radius: answer.radius ?? query.radius ?? 2000 }
}

/** POST /check-ins. A 422 `checkin.suspicious` (block policy) is left to the caller (silent). */
export function createCheckIn(body: CheckInInput, options: SendOptions = {}): Promise<CheckIn> {
  return request<CheckIn>('/check-ins', { method: 'POST', body, silent: true, ...options })
}

export async function listCheckIns(query: CheckInQuery = {}): Promise<ListResponse<CheckIn>> {
  return asList(await request<ListResponse<CheckIn> | CheckIn[]>('/check-ins', { query: { ...query } }))
}

export function getCheckIn(id: string): Promise<CheckIn> {
  return request<CheckIn>(`/check-ins/${enc(id)}`)
}

export function getCheckInPolicy(options: { silent?: boolean } = {}): Promise<CheckInPolicy> {
  return request<CheckInPolicy>('/settings/check-in', { silent: options.silent })
}

export function updateCheckInPolicy(body: CheckInPolicy): Promise<CheckInPolicy> {
  return request<CheckInPolicy>('/settings/check-in', { method: 'PUT', body })
}

/** GET /settings/map. Silent: a map without it draws the offline outline. */
export function getMapSettings(): Promise<MapSettings> {
  return request<MapSettings>('/settings/map', { silent: true })
}

/** PUT /settings/map. Silent: the form puts field problems under its fields. */
export function updateMapSettings(body: MapSettingsInput): Promise<MapSettings> {
  return request<MapSettings>('/settings/map', { method: 'PUT', body, silent: true })
}

export async function listVisitPlans(query: VisitPlanQuery = {}): Promise<ListResponse<VisitPlan>> {
  return asList(await request<ListResponse<VisitPlan> | VisitPlan[]>('/visit-plans', { query: { ...query } }))
}

/** POST /visit-plans. Silent: the form puts field problems under its fields. */
export function createVisitPlan(body: VisitPlanInput): Promise<VisitPlan> {
  return request<VisitPlan>('/visit-plans', { method: 'POST', body, silent: true })
}

/** PATCH /visit-plans/{id} with the fields to change (plannedAt, remindMinutesBefore — null for none —, notes). Silent, like create. */
export function updateVisitPlan(id: string, body: VisitPlanChange): Promise<VisitPlan> {
  return request<VisitPlan>(`/visit-plans/${enc(id)}`, { method: 'PATCH', body, silent: true })
}

export function deleteVisitPlan(id: string): Promise<void> {
  return request<void>(`/visit-plans/${enc(id)}`, { method: 'DELETE' })
}

export function getVisitStats(
  query: { from?: string; to?: string; departmentId?: string; forgottenDays?: number; customerLevels?: string } = {},
): Promise<VisitStats> {
  return request<VisitStats>('/visits/stats', { query: { ...query } })
}

/** GET /visits/neglected: the customers behind a neverVisited / forgotten number, oldest first. */
export function listNeglectedCustomers(query: NeglectedQuery): Promise<ListResponse<NeglectedCustomer>> {
  return request<ListResponse<NeglectedCustomer>>('/visits/neglected', { query: { ...query } })
}

/** GET /visits/map: check-ins in the period and located customers in scope (at most 5,000 each). Silent: the stats page falls back to the check-ins. */
export function getVisitMap(query: { from?: string; to?: string; userId?: string } = {}): Promise<VisitMap> {
  return request<VisitMap>('/visits/map', { query: { ...query }, silent: true })
}
