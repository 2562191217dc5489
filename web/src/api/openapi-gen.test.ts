// @vitest-environment node
// The committed openapi.gen.ts must be what openapi-typescript makes of the current
// server/src/http/openapi.json, so that contract-checks.ts compares the web's types with the
// document the server serves, not with an old copy of it.
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { generateApiTypes, OUTPUT_URL, REGENERATE_COMMAND } from '../../scripts/gen-api-types.mjs'

describe('openapi.gen.ts', () => {
  it('matches server/src/http/openapi.json', async () => {
    const [committed, fresh] = await Promise.all([readFile(OUTPUT_URL, 'utf8'), generateApiTypes()])
    if (committed !== fresh) {
      const a = committed.split('\n')
      const b = fresh.split('\n')
      let line = 0
      while (line < a.length && a[line] === b[line]) line++
      expect.fail(
        `web/src/api/openapi.gen.ts is out of date with server/src/http/openapi.json ` +
          `(first difference at line ${line + 1}: committed ${JSON.stringify(a[line] ?? '<end>')}, ` +
          `expected ${JSON.stringify(b[line] ?? '<end>')}). Regenerate it with \`${REGENERATE_COMMAND}\`, ` +
          `then fix what \`npm run typecheck\` reports in src/api/contract-checks.ts.`,
      )
    }
  }, 30_000)
})
