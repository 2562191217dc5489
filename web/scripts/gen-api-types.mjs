// Generates src/api/openapi.gen.ts from the server's OpenAPI document with openapi-typescript.
// `npm run gen:api` writes the file; src/api/openapi-gen.test.ts calls generateApiTypes() and
// fails when the committed file differs from what the current document gives.
import { readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import openapiTS, { astToString } from 'openapi-typescript'

export const SPEC_URL = new URL('../../server/src/http/openapi.json', import.meta.url)
export const OUTPUT_URL = new URL('../src/api/openapi.gen.ts', import.meta.url)
export const REGENERATE_COMMAND = 'cd web && npm run gen:api'

const HEADER = `// Generated from server/src/http/openapi.json by openapi-typescript — do not edit.
// Regenerate with \`${REGENERATE_COMMAND}\`; src/api/openapi-gen.test.ts fails while it is stale.
// src/api/contract-checks.ts ties the hand-written API types to these schemas.

`

/** The generated module's text for the current openapi.json. */
export async function generateApiTypes() {
  const document = JSON.parse(await readFile(SPEC_URL, 'utf8'))
  const ast = await openapiTS(document, {
    // A `default` in the document is what the server assumes when a request leaves the field
    // out; it must not make that field required (the generator's default), least of all in
    // request bodies.
    defaultNonNullable: false,
    silent: true,
  })
  return HEADER + astToString(ast)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeFile(OUTPUT_URL, await generateApiTypes())
  console.log(`wrote ${fileURLToPath(OUTPUT_URL)}`)
}
