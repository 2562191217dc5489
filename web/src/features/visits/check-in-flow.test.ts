import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/api/client'
import type { Attachment } from '@/api/activity'
import type { CheckIn, CheckInInput, NearbyCustomer } from '@/api/visits'
import { browserLocate, createCheckInFlow, LocateError, nearestOwnCustomer, type CheckInDeps, type Position } from './check-in-flow'

const HERE: Position = { lat: 39.0207, lng: 117.1917, accuracyM: 12 }

function customer(id: string, distanceM: number): NearbyCustomer {
  return { id, name: id, distanceM, ownerId: 'me', poolId: null } as NearbyCustomer
}

function checkIn(body: CheckInInput): CheckIn {
  return {
    id: 'ci1',
    userId: 'me',
    userName: '马超',
    customerId: body.customerId ?? null,
    customerName: body.customerId ? 'A 公司' : null,
    lat: body.lat,
    lng: body.lng,
    accuracyM: body.accuracyM,
    provider: body.provider ?? '',
    mockLocation: false,
    purpose: body.purpose ?? '',
    notes: body.notes ?? '',
    distanceM: body.customerId ? 5 : null,
    at: '2026-11-26T02:00:00Z',
    capturedAt: body.capturedAt ?? '2026-11-26T02:00:00Z',
    receivedAt: '2026-11-26T02:00:00Z',
    score: 'verified',
    reasons: [],
    attachments: [],
    followUpId: body.customerId ? 'f1' : null,
    fixedCustomerLocation: false,
    photoTakenAt: body.photoTakenAt ?? null,
    photoTimeSource: body.photoTimeSource ?? null,
  }
}

function deps(over: Partial<CheckInDeps> = {}): CheckInDeps & { submitted: CheckInInput[] } {
  const submitted: CheckInInput[] = []
  return {
    submitted,
    locate: vi.fn(async () => HERE),
    nearby: vi.fn(async () => [customer('far', 900), customer('near', 5), customer('mid', 300)]),
    upload: vi.fn(async (file: File) => ({ id: 'att1', name: file.name }) as Attachment),
    submit: vi.fn(async (body: CheckInInput) => {
      submitted.push(body)
      return checkIn(body)
    }),
    photoTime: vi.fn(async () => ({ takenAt: '2026-11-26T01:40:00.000Z', source: 'exif' as const })),
    ...over,
  }
}

describe('check-in flow', () => {
  it('goes position → nearby (nearest first) → submit → done', async () => {
    const d = deps()
    const flow = createCheckInFlow(d)
    expect(flow.state.phase).toBe('idle')
    expect(flow.canSubmit()).toBe(false)
    const located = flow.locate()
    expect(flow.state.phase).toBe('locating')
    await located
    expect(d.nearby).toHaveBeenCalledWith(HERE)
    expect(flow.state.phase).toBe('ready')
    expect(flow.state.position).toEqual(HERE)
    expect(flow.state.nearby.map((c) => c.id)).toEqual(['near', 'mid', 'far'])
    flow.select('near')
    flow.state.purpose = '  产品演示 '
    expect(flow.canSubmit()).toBe(true)
    const result = await flow.submit()
    expect(result?.score).toBe('verified')
    expect(flow.state.phase).toBe('done')
    expect(d.submitted[0]).toEqual({ lat: HERE.lat, lng: HERE.lng, accuracyM: 12, provider: 'browser', customerId: 'near', purpose: '产品演示' })
  })

  it('sends the photo with its capture time and where that time came from', async () => {
    const d = deps()
    const flow = createCheckInFlow(d)
    await flow.locate()
    const uploading = flow.setPhoto(new File(['x'], 'p.png', { type: 'image/png' }))
    expect(flow.state.photo?.status).toBe('uploading')
    expect(flow.canSubmit()).toBe(false)
    await uploading
    expect(flow.state.photo?.status).toBe('done')
    await flow.submit()
    expect(d.submitted[0].attachmentIds).toEqual(['att1'])
    expect(d.photoTime).toHaveBeenCalledTimes(1)
    expect(flow.state.photo?.takenAt).toBe('2026-11-26T01:40:00.000Z')
    expect(d.submitted[0].photoTakenAt).toBe('2026-11-26T01:40:00.000Z')
    expect(d.submitted[0].photoTimeSource).toBe('exif')
    expect(d.submitted[0].customerId).toBeUndefined()
  })

  it('sends the file time as such when the photo has no EXIF (the real reader)', async () => {
    const d = deps({ photoTime: undefined })
    const flow = createCheckInFlow(d)
    await flow.locate()
    await flow.setPhoto(new File(['x'], 'shot.png', { type: 'image/png', lastModified: Date.parse('2026-11-20T08:00:00Z') }))
    await flow.submit()
    expect(d.submitted[0].photoTakenAt).toBe('2026-11-20T08:00:00.000Z')
    expect(d.submitted[0].photoTimeSource).toBe('file')
  })

  it('is not ready to send until the photo time is known', async () => {
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    const d = deps({
      photoTime: vi.fn(async () => {
        await gate
        return { takenAt: '2026-11-26T01:40:00.000Z', source: 'exif' as const }
      }),
    })
    const flow = createCheckInFlow(d)
    await flow.locate()
    const picking = flow.setPhoto(new File(['x'], 'p.jpg', { type: 'image/jpeg' }))
    await Promise.resolve()
    expect(flow.state.photo?.status).toBe('uploading')
    expect(flow.canSubmit()).toBe(false)
    release()
    await picking
    expect(flow.state.photo?.status).toBe('done')
    expect(flow.canSubmit()).toBe(true)
  })

  it('does not send a photo that failed to upload', async () => {
    const d = deps({ upload: vi.fn(async () => Promise.reject(new Error('x'))) })
    const flow = createCheckInFlow(d)
    await flow.locate()
    await flow.setPhoto(new File(['x'], 'p.png'))
    expect(flow.state.photo?.status).toBe('failed')
    await flow.submit()
    expect(d.submitted[0].attachmentIds).toBeUndefined()
  })

  it('sends the fix\'s capture time; kept offline (submit answers null) it ends queued with the photo handed over', async () => {
    const submit = vi.fn(async (_body: CheckInInput, _photo: File | null) => null)
    const d = deps({
      locate: vi.fn(async () => ({ ...HERE, capturedAt: '2026-11-26T01:55:00.000Z' })),
      upload: vi.fn(async () => Promise.reject(new ApiError(0, 'network', 'Network error'))),
      submit,
    })
    const flow = createCheckInFlow(d)
    await flow.locate()
    const photo = new File(['x'], 'p.jpg', { type: 'image/jpeg' })
    await flow.setPhoto(photo)
    expect(flow.state.photo?.status).toBe('queued')
    expect(flow.canSubmit()).toBe(true)
    expect(await flow.submit()).toBeNull()
    expect(flow.state.phase).toBe('queued')
    const [body, handed] = submit.mock.calls[0]
    expect(body.capturedAt).toBe('2026-11-26T01:55:00.000Z')
    expect(body.attachmentIds).toBeUndefined()
    expect(body.photoTakenAt).toBe('2026-11-26T01:40:00.000Z')
    expect(handed).toBe(photo)
  })

  it('reports a denied position clearly and does not ask for nearby customers', async () => {
    const d = deps({ locate: vi.fn(async () => Promise.reject(new LocateError('denied'))) })
    const flow = createCheckInFlow(d)
    await flow.locate()
    expect(flow.state.phase).toBe('locateFailed')
    expect(flow.state.locateError).toBe('denied')
    expect(d.nearby).not.toHaveBeenCalled()
    expect(await flow.submit()).toBeNull()
  })

  it('still allows a check-in without a customer when nearby fails', async () => {
    const flow = createCheckInFlow(deps({ nearby: vi.fn(async () => Promise.reject(new Error('x'))) }))
    await flow.locate()
    expect(flow.state.phase).toBe('ready')
    expect(flow.state.nearbyFailed).toBe(true)
    expect(flow.canSubmit()).toBe(true)
  })

  it('shows the refusal of the block policy with its reasons', async () => {
    const refusal = new ApiError(422, 'checkin.suspicious', '签到异常，公司设置为拦截异常签到', { reasons: 'far_from_customer,poor_accuracy' })
    const flow = createCheckInFlow(deps({ submit: vi.fn(async () => Promise.reject(refusal)) }))
    await flow.locate()
    flow.select('near')
    await flow.submit()
    expect(flow.state.phase).toBe('blocked')
    expect(flow.state.blockedMessage).toBe('签到异常，公司设置为拦截异常签到')
    expect(flow.state.blockedReasons.map((r) => r.code)).toEqual(['far_from_customer', 'poor_accuracy'])
    flow.backToForm()
    expect(flow.state.phase).toBe('ready')
    expect(flow.state.customerId).toBe('near')
  })

  it('goes back to the form with the message on other errors', async () => {
    const flow = createCheckInFlow(deps({ submit: vi.fn(async () => Promise.reject(new ApiError(400, 'validation', '坐标无效'))) }))
    await flow.locate()
    await flow.submit()
    expect(flow.state.phase).toBe('ready')
    expect(flow.state.submitError).toBe('坐标无效')
  })

  it('drops a picked customer that is no longer nearby after relocating', async () => {
    const nearby = vi.fn(async () => [customer('near', 5)])
    const flow = createCheckInFlow(deps({ nearby }))
    await flow.locate()
    flow.select('near')
    nearby.mockResolvedValueOnce([customer('other', 50)])
    await flow.locate()
    expect(flow.state.customerId).toBeNull()
  })
})

describe('browserLocate', () => {
  it('asks for high accuracy and maps the answer', async () => {
    const geo = {
      getCurrentPosition: vi.fn((ok: PositionCallback, _err: PositionErrorCallback, options: PositionOptions) => {
        expect(options.enableHighAccuracy).toBe(true)
        ok({ coords: { latitude: 39.9, longitude: 116.4, accuracy: 14.56 }, timestamp: Date.UTC(2026, 10, 26, 1, 55) } as GeolocationPosition)
      }),
    } as unknown as Geolocation
    // capturedAt: the instant of the fix, as the device stamped it.
    await expect(browserLocate(geo)).resolves.toEqual({ lat: 39.9, lng: 116.4, accuracyM: 14.6, capturedAt: '2026-11-26T01:55:00.000Z' })
  })
  it('maps errors', async () => {
    const failing = (code: number) =>
      ({ getCurrentPosition: (_ok: PositionCallback, err: PositionErrorCallback) => err({ code } as GeolocationPositionError) }) as unknown as Geolocation
    await expect(browserLocate(failing(1))).rejects.toMatchObject({ kind: 'denied' })
    await expect(browserLocate(failing(2))).rejects.toMatchObject({ kind: 'unavailable' })
    await expect(browserLocate(failing(3))).rejects.toMatchObject({ kind: 'timeout' })
    await expect(browserLocate(undefined)).rejects.toMatchObject({ kind: 'unsupported' })
  })
})

describe('nearestOwnCustomer', () => {
  const me = '7'
  const c = (id: string, distanceM: number, ownerId: string | null, poolId: string | null = null) => ({ id, distanceM, ownerId, poolId })

  it("picks the caller's own customer nearest to them within the check-in distance", () => {
    const nearby = [c('team', 20, '8'), c('pool', 10, null, '3'), c('far', 40, me), c('near', 56, me), c('nearer', 30, me)]
    expect(nearestOwnCustomer(nearby, me, 500)).toBe('nearer')
    expect(nearestOwnCustomer([c('a', 500, me)], me, 500)).toBe('a') // the limit itself counts
  })

  it('picks none when no own customer is within the distance, or nobody is signed in', () => {
    expect(nearestOwnCustomer([c('far', 501, me), c('team', 5, '8'), c('pool', 5, null, '3')], me, 500)).toBeNull()
    expect(nearestOwnCustomer([c('near', 5, me)], null, 500)).toBeNull()
    expect(nearestOwnCustomer([], me, 500)).toBeNull()
  })
})
