// @vitest-environment node
import { mkdtempSync, readFileSync, writeFileSync, existsSync, mkdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { precompressDirectory } from './precompress'

let dir = ''
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('precompressDirectory', () => {
  it('writes brotli and gzip copies that decode to the file, for text files of 1 KB and more', async () => {
    dir = mkdtempSync(join(tmpdir(), 'precompress-'))
    mkdirSync(join(dir, 'assets'))
    const js = 'export const rows = [' + Array.from({ length: 300 }, (_, i) => `{id:"${i}",name:"客户${i}"}`).join(',') + ']\n'
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), js)
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>') // under 1 KB
    const png = Buffer.alloc(4096, 7)
    writeFileSync(join(dir, 'icon.png'), png) // already compressed formats are skipped

    const results = await precompressDirectory(dir)

    expect(results.map((r) => r.file)).toEqual([join(dir, 'assets', 'index-abc123.js')])
    const br = readFileSync(join(dir, 'assets', 'index-abc123.js.br'))
    const gz = readFileSync(join(dir, 'assets', 'index-abc123.js.gz'))
    expect(brotliDecompressSync(br).toString()).toBe(js)
    expect(gunzipSync(gz).toString()).toBe(js)
    expect(br.length).toBeLessThan(gz.length)
    expect(gz.length).toBeLessThan(Buffer.byteLength(js) / 3)
    expect(results[0]).toMatchObject({ bytes: Buffer.byteLength(js), brotli: br.length, gzip: gz.length })
    expect(existsSync(join(dir, 'index.html.br'))).toBe(false)
    expect(existsSync(join(dir, 'icon.png.gz'))).toBe(false)
  })

  it('keeps no copy that is not smaller than the file', async () => {
    dir = mkdtempSync(join(tmpdir(), 'precompress-'))
    // Random bytes do not compress.
    const noise = Buffer.from(Array.from({ length: 2048 }, () => Math.floor(Math.random() * 256)))
    writeFileSync(join(dir, 'noise.txt'), noise)
    const [result] = await precompressDirectory(dir)
    expect(result.brotli).toBeUndefined()
    expect(result.gzip).toBeUndefined()
    expect(existsSync(join(dir, 'noise.txt.gz'))).toBe(false)
  })
})
