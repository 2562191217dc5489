// When a check-in photo was taken, as sent in photoTakenAt: the capture time the camera wrote
// into the photo's EXIF (DateTimeOriginal, placed in time by OffsetTimeOriginal when the camera
// wrote one, else read as the device's local time), or — no usable EXIF, e.g. a screenshot or a
// photo whose metadata was stripped — the file's lastModified. `source` tells the server (and the
// record views) which one it was, so an old photo shows as old instead of as "just picked".

import type { PhotoTimeSource } from '@/api/visits'

export type { PhotoTimeSource }

export interface PhotoTime {
  /** ISO-8601 UTC instant. */
  takenAt: string
  source: PhotoTimeSource
}

/** The EXIF tags this module reads, as raw strings ("2026:11:26 09:40:00", "+08:00"). */
export interface ExifTimeTags {
  DateTimeOriginal?: unknown
  OffsetTimeOriginal?: unknown
}

export type ExifReader = (file: Blob) => Promise<ExifTimeTags | undefined>

const EXIF_DATE_TIME = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/
const EXIF_OFFSET = /^([+-])(\d{2}):(\d{2})$/
/** Cameras with an unset clock write 0000:00:00 or 1970 dates; nothing before this is a photo. */
const EARLIEST_YEAR = 1990

/**
 * The instant of an EXIF date-time ("YYYY:MM:DD HH:MM:SS"), at `offset` ("+08:00") when given,
 * else in the device's time zone. Null when the text is not a real date.
 */
export function exifInstant(dateTime: unknown, offset?: unknown): Date | null {
  if (typeof dateTime !== 'string') return null
  const m = EXIF_DATE_TIME.exec(dateTime.trim())
  if (!m) return null
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number)
  if (year < EARLIEST_YEAR || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null
  // Rejects 31 February and the like: the calendar must give the same day back.
  const asUtc = new Date(Date.UTC(year, month - 1, day, hour, minute, second))
  if (asUtc.getUTCDate() !== day || asUtc.getUTCMonth() !== month - 1) return null

  const o = typeof offset === 'string' ? EXIF_OFFSET.exec(offset.trim()) : null
  if (o) {
    const minutes = (o[1] === '-' ? -1 : 1) * (Number(o[2]) * 60 + Number(o[3]))
    if (Math.abs(minutes) > 14 * 60) return null
    return new Date(asUtc.getTime() - minutes * 60_000)
  }
  return new Date(year, month - 1, day, hour, minute, second)
}

/** Reads the capture-time tags with exifr, loaded only when a photo is actually picked. */
export const readExifTimes: ExifReader = async (file) => {
  const { parse } = await import('exifr')
  return (await parse(file, {
    pick: ['DateTimeOriginal', 'OffsetTimeOriginal'],
    reviveValues: false,
    translateValues: false,
  })) as ExifTimeTags | undefined
}

/** The photo's time and where it came from; never fails (the file time is always there). */
export async function readPhotoTime(
  file: File,
  readExif: ExifReader = readExifTimes,
  now: () => Date = () => new Date(),
): Promise<PhotoTime> {
  try {
    const tags = await readExif(file)
    const taken = exifInstant(tags?.DateTimeOriginal, tags?.OffsetTimeOriginal)
    if (taken) return { takenAt: taken.toISOString(), source: 'exif' }
  } catch {
    // Not an image exifr understands, or a damaged one: the file's time it is.
  }
  const modified = Number.isFinite(file.lastModified) && file.lastModified > 0 ? new Date(file.lastModified) : now()
  return { takenAt: modified.toISOString(), source: 'file' }
}
