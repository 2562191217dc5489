// Brotli and gzip copies of the built web app, written beside each file (X.br, X.gz) after the
// build (and after the service worker is generated). The server sends them to clients that accept
// them (server/src/http/static_files.cc), so nothing is compressed per request. Node's zlib has
// both codings built in: no dependency. Only text-like files of at least `minBytes` get copies,
// and only copies that are smaller than the file.
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { Plugin, ResolvedConfig } from 'vite'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

export const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|txt|xml|map)$/

async function* filesUnder(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) yield* filesUnder(full)
    else if (entry.isFile()) yield full
  }
}

export interface PrecompressResult {
  file: string
  bytes: number
  brotli?: number
  gzip?: number
}

/** Writes X.br and X.gz beside every compressible file under `dir`; returns what it wrote. */
export async function precompressDirectory(dir: string, minBytes = 1024): Promise<PrecompressResult[]> {
  const results: PrecompressResult[] = []
  for await (const file of filesUnder(dir)) {
    if (!COMPRESSIBLE.test(file)) continue
    const content = await readFile(file)
    if (content.length < minBytes) continue
    const result: PrecompressResult = { file, bytes: content.length }
    const [br, gz] = await Promise.all([
      brotli(content, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      }),
      gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
    ])
    if (br.length < content.length) {
      await writeFile(`${file}.br`, br)
      result.brotli = br.length
    }
    if (gz.length < content.length) {
      await writeFile(`${file}.gz`, gz)
      result.gzip = gz.length
    }
    results.push(result)
  }
  return results
}

/** The Vite plugin: runs last, once the bundle (and the service worker) is on disk. */
export function precompress(): Plugin {
  let config: ResolvedConfig
  return {
    name: 'quanke-precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const outDir = resolve(config.root, config.build.outDir) // outDir may be absolute (--outDir /tmp/x)
        const results = await precompressDirectory(outDir)
        const sum = (pick: (r: PrecompressResult) => number | undefined) =>
          results.reduce((n, r) => n + (pick(r) ?? r.bytes), 0)
        config.logger.info(
          `precompress: ${results.length} files, ${Math.round(sum((r) => r.bytes) / 1024)} KB → ` +
            `br ${Math.round(sum((r) => r.brotli) / 1024)} KB, gzip ${Math.round(sum((r) => r.gzip) / 1024)} KB`,
        )
      },
    },
  }
}
