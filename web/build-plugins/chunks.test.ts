import { describe, expect, it } from 'vitest'
import { isAppHelper } from './chunks'

describe('the app chunk', () => {
  it('holds the plain helpers and API wrappers, never the component-library adapters', () => {
    expect(isAppHelper('/w/web/src/api/customers.ts')).toBe(true)
    expect(isAppHelper('/w/web/src/shared/zone.ts')).toBe(true)
    expect(isAppHelper('/w/web/src/shared/confirm.ts')).toBe(false)
    expect(isAppHelper('/w/web/src/shared/element-feedback.ts')).toBe(false)
    expect(isAppHelper('/w/web/src/shared/vant-locale.ts')).toBe(false)
    expect(isAppHelper('/w/web/src/shared/offline/queue.ts')).toBe(false)
    expect(isAppHelper('/w/web/src/features/customers/options.ts')).toBe(false)
    expect(isAppHelper('/w/web/src/shared/LanguageSwitch.vue')).toBe(false)
  })
})
