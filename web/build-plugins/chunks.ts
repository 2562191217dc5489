// How the build groups modules into chunks (Rolldown's output.codeSplitting), for phones first:
//   * `vendor`: Vue, the router, Pinia, vue-i18n and dayjs, which every page needs; one file that
//     stays cached across releases of the app's own code.
//   * `element-plus`: Element Plus with its own dependencies (and its CSS), one named chunk that
//     only desktop pages load. A phone never asks for it; e2e/mobile.bundle.spec.ts checks that
//     by this name.
//   * `element-icons`: the @element-plus/icons-vue SVG components (a few are used on phone pages
//     too, e.g. the home page's to-dos), kept out of `element-plus` so that a phone using an icon
//     does not pull in the component library.
//   * `vant`: the Vant modules at least VANT_SHARED_BY pages use (the internals, the common
//     components and their CSS), one file the first phone page loads instead of dozens of
//     sub-kilobyte common chunks; rarely used components stay with their pages. The login page
//     loads none of Vant (MobileLoginPage.vue is plain markup).
//   * `app`: the app's own plain TypeScript helpers shared by at least two chunks: the API wrappers
//     (src/api/*.ts) and the top-level helpers of src/shared (formatting, time zones, pagers…).
//     Each is a few hundred bytes; split per route they were a dozen requests of under a kilobyte
//     each that a phone's signed-in shell waited for over HTTP/1.1's six connections (about a
//     third of a second on the slow-4G profile). The helpers that draw with a component library
//     (confirm, the feedback and locale adapters) stay out: a phone must not reach Element Plus
//     through this chunk.
//   * `pinyin`: pinyin-pro and its dictionary (~110 KB brotli), loaded on the first Latin-letter
//     search of a phone list (shared/pinyin); not precached by the service worker (pwa.ts).
// Everything else (pages, features) is split per route by Rolldown. Grouping the app's own shared
// modules "entries-aware" was tried and rejected: merged groups mixed desktop and phone code, and
// the phone's my-customers page ended up importing the element-plus chunk.
import type { OutputOptions } from 'rolldown'

export const VENDOR_CHUNK = 'vendor'
export const ELEMENT_PLUS_CHUNK = 'element-plus'
export const ELEMENT_ICONS_CHUNK = 'element-icons'
export const VANT_CHUNK = 'vant'
export const PINYIN_CHUNK = 'pinyin'
export const APP_CHUNK = 'app'
/** Vant modules used by at least this many pages go into the `vant` chunk. */
const VANT_SHARED_BY = 4

const nm = (names: string) => new RegExp(`[\\\\/]node_modules[\\\\/](${names})[\\\\/]`)

/** Packages every page needs. */
export const VENDOR_TEST = nm('vue|@vue|vue-router|pinia|vue-i18n|@intlify|dayjs')
/** Element Plus and the packages only it uses. */
export const ELEMENT_PLUS_TEST = nm(
  'element-plus|lodash-es|lodash-unified|@vueuse|@floating-ui|@ctrl|async-validator|memoize-one|normalize-wheel-es|@sxzz|@popperjs',
)
export const ELEMENT_ICONS_TEST = nm('@element-plus[\\\\/]icons-vue')
export const VANT_TEST = nm('vant|@vant')
export const PINYIN_TEST = nm('pinyin-pro')

/** The component-library adapters of src/shared, which the `app` chunk must not hold. */
const UI_ADAPTERS = new Set(['confirm', 'notify', 'element-feedback', 'element-locale', 'vant-feedback', 'vant-locale', 'test-i18n'])
const APP_HELPER = /[\\/]src[\\/](api|shared)[\\/]([\w-]+)\.ts$/

/** Whether a module belongs to the `app` chunk (see above). */
export function isAppHelper(id: string): boolean {
  const match = APP_HELPER.exec(id)
  return !!match && !match[2].endsWith('.test') && !UI_ADAPTERS.has(match[2])
}

export function codeSplitting(): NonNullable<OutputOptions['codeSplitting']> {
  return {
    groups: [
      { name: VENDOR_CHUNK, test: VENDOR_TEST, priority: 40 },
      { name: ELEMENT_ICONS_CHUNK, test: ELEMENT_ICONS_TEST, priority: 30 },
      { name: ELEMENT_PLUS_CHUNK, test: ELEMENT_PLUS_TEST, priority: 20 },
      { name: VANT_CHUNK, test: VANT_TEST, priority: 10, minShareCount: VANT_SHARED_BY },
      { name: PINYIN_CHUNK, test: PINYIN_TEST, priority: 10 },
      { name: APP_CHUNK, test: isAppHelper, priority: 5, minShareCount: 2 },
    ],
  }
}
