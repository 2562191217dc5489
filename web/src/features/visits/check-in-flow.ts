// The 签到 form as a small state machine, independent of the UI so it can be unit-tested:
//   idle → locating → (locateFailed | searching → ready) → submitting → (done | blocked | ready + error)
// Position comes from the browser (WGS-84); nearby customers are asked for at once, nearest first;
// a photo is uploaded as soon as it is taken, and its capture time (EXIF, else the file's time:
// photo-time.ts) is sent as photoTakenAt with photoTimeSource. The instant of the fix is sent as
// capturedAt. Offline the check-in is kept in the offline queue (shared/offline/) and sent later:
// the submit dependency answers null for that (phase 'queued'); a photo whose upload failed for
// lack of network is handed over with it ('queued').
import { reactive } from 'vue'
import { ApiError } from '@/api/client'
import type { Attachment } from '@/api/activity'
import type { CheckIn, CheckInInput, NearbyCustomer, Reason } from '@/api/visits'
import { readPhotoTime, type PhotoTime, type PhotoTimeSource } from './photo-time'
import { reasonsFromDetails } from './visit-text'

export interface Position {
  lat: number
  lng: number
  accuracyM: number
  /** When the device took the fix (ISO-8601), sent as capturedAt. */
  capturedAt?: string
}

export type LocateFailure = 'denied' | 'unavailable' | 'timeout' | 'unsupported'

export class LocateError extends Error {
  readonly kind: LocateFailure
  constructor(kind: LocateFailure) {
    super(kind)
    this.kind = kind
  }
}

export type CheckInPhase = 'idle' | 'locating' | 'locateFailed' | 'searching' | 'ready' | 'submitting' | 'done' | 'queued' | 'blocked'

export interface CheckInDeps {
  locate: () => Promise<Position>
  nearby: (position: Position) => Promise<NearbyCustomer[]>
  upload: (file: File) => Promise<Attachment>
  /** Sends the check-in (with the photo not uploaded yet, if any); null: kept to send later. */
  submit: (body: CheckInInput, photo: File | null) => Promise<CheckIn | null>
  /** When the photo was taken; by default from its EXIF, else the file's time. */
  photoTime?: (file: File) => Promise<PhotoTime>
}

export interface PhotoState {
  name: string
  /** queued: not uploaded for lack of network; it goes with the check-in to the offline queue. */
  status: 'uploading' | 'done' | 'failed' | 'queued'
  attachment: Attachment | null
  /** Known once the photo was read (with the upload, before it can be sent). */
  takenAt: string | null
  timeSource: PhotoTimeSource | null
}

export interface CheckInState {
  phase: CheckInPhase
  position: Position | null
  locateError: LocateFailure | null
  nearby: NearbyCustomer[]
  nearbyFailed: boolean
  /** The picked customer; null = a check-in without a customer. */
  customerId: string | null
  purpose: string
  notes: string
  photo: PhotoState | null
  result: CheckIn | null
  blockedMessage: string
  blockedReasons: Reason[]
  submitError: string
}

function initialState(): CheckInState {
  return {
    phase: 'idle',
    position: null,
    locateError: null,
    nearby: [],
    nearbyFailed: false,
    customerId: null,
    purpose: '',
    notes: '',
    photo: null,
    result: null,
    blockedMessage: '',
    blockedReasons: [],
    submitError: '',
  }
}

/** Reads the browser position with high accuracy; errors become a LocateError. */
export function browserLocate(geo: Geolocation | undefined = typeof navigator !== 'undefined' ? navigator.geolocation : undefined): Promise<Position> {
  return new Promise((resolve, reject) => {
    if (!geo) {
      reject(new LocateError('unsupported'))
      return
    }
    geo.getCurrentPosition(
      (p) =>
        resolve({
          lat: p.coords.latitude,
          lng: p.coords.longitude,
          accuracyM: Math.round(p.coords.accuracy * 10) / 10,
          capturedAt: new Date(p.timestamp || Date.now()).toISOString(),
        }),
      (e) => reject(new LocateError(e.code === 1 ? 'denied' : e.code === 3 ? 'timeout' : 'unavailable')),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 0 },
    )
  })
}

export function createCheckInFlow(deps: CheckInDeps) {
  const state = reactive<CheckInState>(initialState())
  const photoTime = deps.photoTime ?? ((file: File) => readPhotoTime(file))
  let photoGeneration = 0
  let photoFile: File | null = null

  async function locate(): Promise<void> {
    state.phase = 'locating'
    state.locateError = null
    state.nearbyFailed = false
    try {
      state.position = await deps.locate()
    } catch (error) {
      state.locateError = error instanceof LocateError ? error.kind : 'unavailable'
      state.phase = 'locateFailed'
      return
    }
    state.phase = 'searching'
    try {
      const items = await deps.nearby(state.position)
      state.nearby = [...items].sort((a, b) => a.distanceM - b.distanceM)
    } catch {
      state.nearby = []
      state.nearbyFailed = true
    }
    if (state.customerId && !state.nearby.some((c) => c.id === state.customerId)) state.customerId = null
    state.phase = 'ready'
  }

  function select(customerId: string | null): void {
    state.customerId = customerId
  }

  async function setPhoto(file: File | null): Promise<void> {
    const mine = ++photoGeneration
    photoFile = file
    if (!file) {
      state.photo = null
      return
    }
    state.photo = { name: file.name, status: 'uploading', attachment: null, takenAt: null, timeSource: null }
    // Read the time while the upload runs; readPhotoTime never fails.
    const timing = photoTime(file).then((time) => {
      if (mine === photoGeneration && state.photo) {
        state.photo.takenAt = time.takenAt
        state.photo.timeSource = time.source
      }
    })
    try {
      const attachment = await deps.upload(file)
      await timing
      if (mine === photoGeneration && state.photo) {
        state.photo.attachment = attachment
        state.photo.status = 'done'
      }
    } catch (error) {
      await timing
      const network = error instanceof ApiError && error.status === 0 && error.code === 'network'
      if (mine === photoGeneration && state.photo) state.photo.status = network ? 'queued' : 'failed'
    }
  }

  const canSubmit = () => state.phase === 'ready' && !!state.position && state.photo?.status !== 'uploading'

  async function submit(): Promise<CheckIn | null> {
    if (!canSubmit() || !state.position) return null
    state.phase = 'submitting'
    state.submitError = ''
    const body: CheckInInput = {
      lat: state.position.lat,
      lng: state.position.lng,
      accuracyM: state.position.accuracyM,
      provider: 'browser',
    }
    if (state.customerId) body.customerId = state.customerId
    if (state.purpose.trim()) body.purpose = state.purpose.trim()
    if (state.notes.trim()) body.notes = state.notes.trim()
    if (state.position.capturedAt) body.capturedAt = state.position.capturedAt
    const queuedPhoto = state.photo?.status === 'queued' ? photoFile : null
    if ((state.photo?.status === 'done' && state.photo.attachment) || queuedPhoto) {
      if (state.photo?.attachment) body.attachmentIds = [state.photo.attachment.id]
      if (state.photo?.takenAt && state.photo.timeSource) {
        body.photoTakenAt = state.photo.takenAt
        body.photoTimeSource = state.photo.timeSource
      }
    }
    try {
      const result = await deps.submit(body, queuedPhoto)
      state.result = result
      state.phase = result ? 'done' : 'queued'
      return result
    } catch (error) {
      if (error instanceof ApiError && error.status === 422 && error.code === 'checkin.suspicious') {
        state.blockedMessage = error.message
        state.blockedReasons = reasonsFromDetails(error.details)
        state.phase = 'blocked'
      } else {
        state.submitError = error instanceof Error ? error.message : String(error)
        state.phase = 'ready'
      }
      return null
    }
  }

  /** Back to the form after a refusal (keeps what was typed). */
  function backToForm(): void {
    if (state.phase === 'blocked') state.phase = state.position ? 'ready' : 'idle'
  }

  function reset(): void {
    photoGeneration++
    photoFile = null
    Object.assign(state, initialState())
  }

  return { state, locate, select, setPhoto, submit, canSubmit, backToForm, reset }
}

export type CheckInFlow = ReturnType<typeof createCheckInFlow>

/** The customer 签到 starts on: the nearest of the caller's own customers within the tenant's
 *  check-in distance (policy maxDistanceM), or null (不选择客户). The user may still change it. */
export function nearestOwnCustomer(
  nearby: readonly { id: string; ownerId: string | null; poolId: string | null; distanceM: number }[],
  myId: string | null | undefined,
  maxDistanceM: number,
): string | null {
  if (!myId) return null
  let best: { id: string; distanceM: number } | null = null
  for (const c of nearby)
    if (!c.poolId && c.ownerId === myId && c.distanceM <= maxDistanceM && (!best || c.distanceM < best.distanceM)) best = c
  return best?.id ?? null
}
