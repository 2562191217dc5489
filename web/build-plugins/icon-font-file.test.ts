import { describe, expect, it } from 'vitest'
import { extractInlineFonts } from './icon-font-file'

describe('extractInlineFonts', () => {
  it('moves an inline base64 woff2 into a hashed file and keeps the rest of the CSS', () => {
    const font = Buffer.from('wOF2 pretend font bytes')
    const css = `.a{color:red}@font-face{font-family:x;src:url(data:font/woff2;charset=utf-8;base64,${font.toString('base64')}) format("woff2"),url(//cdn/x.woff) format("woff")}.b{}`
    const { css: out, fonts } = extractInlineFonts(css, '/', 'assets')
    expect(fonts).toHaveLength(1)
    expect(Buffer.from(fonts[0].source).equals(font)).toBe(true)
    expect(fonts[0].fileName).toMatch(/^assets\/icon-font-[0-9a-f]{10}\.woff2$/)
    expect(out).toBe(`.a{color:red}@font-face{font-family:x;src:url(/${fonts[0].fileName}) format("woff2"),url(//cdn/x.woff) format("woff")}.b{}`)
  })

  it('leaves CSS without inline fonts alone, and names one font once', () => {
    expect(extractInlineFonts('.a{background:url(data:image/png;base64,AAAA)}', '/', 'assets')).toEqual({
      css: '.a{background:url(data:image/png;base64,AAAA)}',
      fonts: [],
    })
    const data = Buffer.from('same').toString('base64')
    const twice = `@font-face{src:url("data:font/woff2;base64,${data}")}@font-face{src:url(data:font/woff2;base64,${data})}`
    const { css, fonts } = extractInlineFonts(twice, '/app/', 'static')
    expect(fonts).toHaveLength(1)
    expect(css.match(/url\(\/app\/static\/icon-font-[0-9a-f]{10}\.woff2\)/g)).toHaveLength(2)
  })
})
