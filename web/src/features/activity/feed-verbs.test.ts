// @vitest-environment node
// Every kind of feed item the API documents (FeedItem.type in server/src/http/openapi.json) has
// its headline in both languages: a kind added on the server without one showed the raw key
// ("feed.verb.contract_activated") on the 动态 page.
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { zhCN } from '@/locales/zh-CN'
import { en } from '@/locales/en'

const OPENAPI = new URL('../../../../server/src/http/openapi.json', import.meta.url)

describe('feed headlines', () => {
  it('exist in zh-CN and en for every documented feed item type', async () => {
    const doc = JSON.parse(await readFile(OPENAPI, 'utf8'))
    const types: string[] = doc.components.schemas.FeedItem.properties.type.enum
    expect(types).toContain('contract.activated')
    for (const table of [zhCN, en]) {
      const verbs = (table.feed as { verb: Record<string, string> }).verb
      for (const type of types) expect(verbs[type.replace('.', '_')], `${type}`).toBeTruthy()
    }
  })
})
