import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { bareJpegWithExif, type ExifTimes } from '../../../e2e/fixtures/exif-jpeg'
import { exifInstant, readPhotoTime } from './photo-time'

const MODIFIED = Date.parse('2026-11-20T08:00:00Z')

function photo(times: ExifTimes | null, name = 'IMG_0001.jpg'): File {
  const bytes = times ? bareJpegWithExif(times) : Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return new File([bytes], name, { type: times ? 'image/jpeg' : 'image/png', lastModified: MODIFIED })
}

describe('photo time', () => {
  // "The device's local time" needs a known zone: the demo company's.
  const savedTz = process.env.TZ
  beforeAll(() => {
    process.env.TZ = 'Asia/Shanghai'
  })
  afterAll(() => {
    process.env.TZ = savedTz
  })

  it('reads DateTimeOriginal with OffsetTimeOriginal from the EXIF block', async () => {
    const time = await readPhotoTime(photo({ dateTimeOriginal: '2026:11:26 09:40:00', offsetTimeOriginal: '+08:00' }))
    expect(time).toEqual({ takenAt: '2026-11-26T01:40:00.000Z', source: 'exif' })
  })

  it('places the capture time by a negative offset', async () => {
    const time = await readPhotoTime(photo({ dateTimeOriginal: '2026:11:25 20:40:00', offsetTimeOriginal: '-05:00' }))
    expect(time).toEqual({ takenAt: '2026-11-26T01:40:00.000Z', source: 'exif' })
  })

  it('reads DateTimeOriginal without an offset as the device local time', async () => {
    const time = await readPhotoTime(photo({ dateTimeOriginal: '2026:11:26 09:40:00' }))
    expect(time).toEqual({ takenAt: '2026-11-26T01:40:00.000Z', source: 'exif' })
  })

  it('falls back to the file time when the photo has no EXIF', async () => {
    const time = await readPhotoTime(photo(null, 'screenshot.png'))
    expect(time).toEqual({ takenAt: '2026-11-20T08:00:00.000Z', source: 'file' })
  })

  it('falls back to the file time when the camera clock was never set', async () => {
    const time = await readPhotoTime(photo({ dateTimeOriginal: '0000:00:00 00:00:00' }))
    expect(time.source).toBe('file')
  })

  it('falls back to the file time when the EXIF reader fails', async () => {
    const reader = vi.fn(async () => Promise.reject(new Error('corrupt')))
    const time = await readPhotoTime(photo({ dateTimeOriginal: '2026:11:26 09:40:00' }), reader)
    expect(reader).toHaveBeenCalled()
    expect(time).toEqual({ takenAt: '2026-11-20T08:00:00.000Z', source: 'file' })
  })

  it('uses the current time when the file has no modification time either', async () => {
    const file = photo(null)
    Object.defineProperty(file, 'lastModified', { value: 0 })
    const time = await readPhotoTime(file, async () => undefined, () => new Date('2026-11-26T02:00:00Z'))
    expect(time).toEqual({ takenAt: '2026-11-26T02:00:00.000Z', source: 'file' })
  })

  it('rejects EXIF texts that are not real dates', () => {
    expect(exifInstant('2026:02:30 10:00:00', '+08:00')).toBeNull()
    expect(exifInstant('2026:13:01 10:00:00')).toBeNull()
    expect(exifInstant('2026-11-26')).toBeNull()
    expect(exifInstant(undefined)).toBeNull()
    expect(exifInstant('2026:11:26 09:40:00', '+99:00')).toBeNull()
    expect(exifInstant('2026:11:26 09:40:00', 'garbage')?.toISOString()).toBe('2026-11-26T01:40:00.000Z')
  })
})
