import { expect, type Page } from '@playwright/test'
import { apiGet } from './support'

export const CHECKIN_PHOTO = new URL('./fixtures/checkin-photo.png', import.meta.url).pathname

export interface GeoCustomer {
  id: string
  name: string
  lat: number
  lng: number
}

interface Nearby {
  items: { id: string; distanceM: number }[]
}

/**
 * One of the logged-in rep's own customers with coordinates that is clearly the nearest customer
 * to its own site (the next one is more than 50 m away), so a position a few metres off it lists
 * it first. Chosen from what the API returns, the same one on every run (by id).
 */
export async function pickGeoCustomer(page: Page): Promise<GeoCustomer> {
  const mine = await apiGet<{ items: (GeoCustomer & { lat: number | null; lng: number | null })[] }>(page, '/customers?mine=true&limit=50')
  const located = mine.items.filter((c) => c.lat !== null && c.lng !== null).sort((a, b) => a.id.localeCompare(b.id))
  for (const c of located) {
    const near = await apiGet<Nearby>(page, `/customers/nearby?lat=${c.lat}&lng=${c.lng}&radius=2000&limit=5`)
    if (near.items[0]?.id === c.id && (near.items[1]?.distanceM ?? Infinity) > 50) return { id: c.id, name: c.name, lat: c.lat, lng: c.lng }
  }
  throw new Error('no located customer of this rep')
}

/** A position a few metres from a point, different on every call (real GPS drifts; identical coordinates are flagged). */
export function jitter(lat: number, lng: number): { latitude: number; longitude: number } {
  const d = () => (Math.random() * 4 + 2) * 1e-5 * (Math.random() < 0.5 ? -1 : 1)
  return { latitude: lat + d(), longitude: lng + d() }
}

/** The PNG fixture with a unique trailer, so repeated runs do not reuse a photo (flagged as reused). */
export function uniquePhoto(buffer: Buffer): { name: string; mimeType: string; buffer: Buffer } {
  return { name: 'checkin-photo.png', mimeType: 'image/png', buffer: Buffer.concat([buffer, Buffer.from(`quanke-e2e-${Date.now()}-${Math.random()}`)]) }
}

export function expectClose(a: number, b: number) {
  expect(Math.abs(a - b)).toBeLessThan(0.001)
}
