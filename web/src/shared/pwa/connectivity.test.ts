import { describe, expect, it } from 'vitest'
import {
  clearNavigationError,
  connectivity,
  followConnectivity,
  isChunkLoadError,
  noteNavigationError,
  setConnectivityForTest,
} from './connectivity'

describe('connectivity', () => {
  it('follows the browser online and offline events', () => {
    const target = new EventTarget()
    setConnectivityForTest(true)
    followConnectivity(target as unknown as Window)
    target.dispatchEvent(new Event('offline'))
    expect(connectivity.online.value).toBe(false)
    target.dispatchEvent(new Event('online'))
    expect(connectivity.online.value).toBe(true)
  })

  it('recognises a route chunk that could not be fetched, in each browser wording', () => {
    expect(isChunkLoadError(new TypeError('Failed to fetch dynamically imported module: http://x/assets/A-1.js'))).toBe(true)
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true)
    expect(isChunkLoadError(new Error('error loading dynamically imported module'))).toBe(true)
    expect(isChunkLoadError(new Error('Request failed with status 500'))).toBe(false)
  })

  it('remembers the page that failed to open until cleared; other errors are left alone', () => {
    setConnectivityForTest(false)
    expect(noteNavigationError(new Error('boom'), '/customers')).toBe(false)
    expect(connectivity.failedPath.value).toBeNull()
    expect(noteNavigationError(new TypeError('Failed to fetch dynamically imported module: x'), '/customers')).toBe(true)
    expect(connectivity.failedPath.value).toBe('/customers')
    clearNavigationError()
    expect(connectivity.failedPath.value).toBeNull()
  })
})
