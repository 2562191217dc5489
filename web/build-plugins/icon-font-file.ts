// Vant's icon font is inlined in its CSS as a base64 woff2 (about 34 KB of the 45 KB of
// vant/es/icon/index.css), so every page that shows any Vant component with an icon downloaded
// it with the CSS, before anything rendered, even when no icon glyph is on screen. This plugin
// moves the font into its own hashed file (assets/vant-icon-HASH.woff2): the CSS keeps only the
// class rules, and the browser fetches the font when a glyph is first drawn, in parallel with the
// rest. The service worker precaches the file like the other assets (build-plugins/pwa.ts).
import { createHash } from 'node:crypto'
import type { Plugin } from 'vite'

const INLINE_WOFF2 = /url\(\s*(["']?)data:font\/woff2;(?:charset=[\w-]+;)?base64,([A-Za-z0-9+/=]+)\1\s*\)/g

export interface ExtractedFont {
  css: string
  fonts: { fileName: string; source: Uint8Array }[]
}

/** Replaces every inline base64 woff2 in `css` by a URL of a file under `assetsDir`. */
export function extractInlineFonts(css: string, base: string, assetsDir: string): ExtractedFont {
  const fonts: ExtractedFont['fonts'] = []
  const out = css.replace(INLINE_WOFF2, (_match, _quote: string, data: string) => {
    const source = Buffer.from(data, 'base64')
    const hash = createHash('sha256').update(source).digest('hex').slice(0, 10)
    const fileName = `${assetsDir}/icon-font-${hash}.woff2`
    if (!fonts.some((f) => f.fileName === fileName)) fonts.push({ fileName, source })
    return `url(${base}${fileName})`
  })
  return { css: out, fonts }
}

export function iconFontFile(): Plugin {
  let base = '/'
  let assetsDir = 'assets'
  return {
    name: 'quanke-icon-font-file',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base
      assetsDir = config.build.assetsDir
    },
    generateBundle(_options, bundle) {
      const emitted = new Set<string>()
      for (const asset of Object.values(bundle)) {
        if (asset.type !== 'asset' || !asset.fileName.endsWith('.css') || typeof asset.source !== 'string') continue
        if (!asset.source.includes('data:font/woff2')) continue
        const { css, fonts } = extractInlineFonts(asset.source, base, assetsDir)
        asset.source = css
        for (const font of fonts) {
          if (emitted.has(font.fileName)) continue
          emitted.add(font.fileName)
          this.emitFile({ type: 'asset', fileName: font.fileName, source: font.source })
        }
      }
    },
  }
}
