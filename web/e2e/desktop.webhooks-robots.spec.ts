// Chat-robot webhooks as an admin: 消息设置 (language, public address) saved and checked through
// the API; a signed DingTalk markdown robot whose "robot" (a local receiver standing in for
// DingTalk) refuses the signature with HTTP 200 + errcode — the delivery log must show the robot's
// own message; then a WeCom text robot that is answered errcode 0 and shows 已送达.
import { createHmac } from 'node:crypto'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, test, type Page } from '@playwright/test'
import { apiGet, apiSend, login, uniqueSuffix } from './support'

interface Received {
  path: string
  body: Record<string, unknown>
}

interface MessageSettings {
  language: string
  publicBaseUrl: string
}

/** A stand-in robot on 127.0.0.1 (a free port) that answers whatever `answer` holds, HTTP 200. */
async function startRobot(): Promise<{ server: Server; url: (path: string) => string; received: Received[]; answer: { body: object } }> {
  const received: Received[] = []
  const answer = { body: {} as object }
  const server = createServer((req: IncomingMessage, res) => {
    let text = ''
    req.on('data', (chunk) => (text += chunk))
    req.on('end', () => {
      received.push({ path: req.url ?? '', body: text ? (JSON.parse(text) as Record<string, unknown>) : {} })
      res.writeHead(200, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify(answer.body))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { server, url: (path) => `http://127.0.0.1:${port}${path}`, received, answer }
}

async function putMessageSettings(page: Page, body: MessageSettings): Promise<void> {
  const csrf = await page.evaluate(() => localStorage.getItem('quanke.csrf'))
  const response = await page.request.put('/api/v1/settings/notifications', { headers: { 'X-CSRF-Token': csrf ?? '' }, data: body })
  expect(response.ok(), `PUT /settings/notifications → ${response.status()}`).toBeTruthy()
}

test.describe('desktop: chat-robot webhooks', () => {
  test('admin sets message settings, sees a DingTalk refusal in the delivery log, and a WeCom robot delivered', async ({ page }) => {
    const robot = await startRobot()
    const suffix = uniqueSuffix()
    const secret = `SECe2e${suffix}`
    const created: string[] = []
    await login(page)
    const original = await apiGet<MessageSettings>(page, '/settings/notifications')
    try {
      await page.getByTestId('menu-webhooks').click()
      await expect(page).toHaveURL(/\/settings\/webhooks/)

      // A DingTalk robot, markdown, signed; the local URL is not DingTalk's, which only warns.
      robot.answer.body = { errcode: 310000, errmsg: 'sign not match' }
      await page.getByTestId('webhook-create').click()
      const dialog = page.getByTestId('webhook-dialog')
      await dialog.getByTestId('webhook-kind-dingtalk').click()
      await expect(dialog.getByTestId('webhook-kind-help')).toContainText('加签')
      const dingUrl = robot.url(`/dingtalk/${suffix}`)
      await dialog.getByTestId('webhook-url').fill(dingUrl)
      await expect(dialog.getByTestId('webhook-url-warning')).toContainText('oapi.dingtalk.com')
      await dialog.getByTestId('webhook-format-markdown').click()
      await dialog.getByTestId('webhook-secret').fill(secret)
      await dialog.getByTestId('webhook-allow-private').click()
      await dialog.getByTestId('webhook-save').click()
      await expect(dialog).toBeHidden()

      const dingRow = page.locator('[data-testid="webhooks-table"] .el-table__row', { hasText: dingUrl })
      await expect(dingRow.getByTestId('webhook-row-kind')).toHaveText('钉钉')
      await expect(dingRow.getByTestId('webhook-row-format')).toHaveText('Markdown 卡片 · 已加签')
      const hooks = await apiGet<{ items: { id: string; url: string; kind: string; format: string; hasSecret: boolean }[] }>(page, '/webhooks')
      const ding = hooks.items.find((h) => h.url === dingUrl)
      expect(ding).toMatchObject({ kind: 'dingtalk', format: 'markdown', hasSecret: true })
      created.push(ding!.id)

      // On edit the secret reads 已设置 and is kept unless replaced or cleared.
      await dingRow.getByTestId('webhook-edit').click()
      await expect(dialog.getByTestId('webhook-secret-kept')).toContainText('已设置')
      await dialog.getByRole('button', { name: '取消' }).click()
      await expect(dialog).toBeHidden()

      // Message settings: a field error for a bad address, then English and a public address.
      if (!original.publicBaseUrl) {
        await expect(page.getByTestId('webhook-no-link-warning')).toBeVisible()
        await page.getByTestId('webhook-no-link-fill').click()
      }
      const card = page.getByTestId('message-settings')
      await card.getByTestId('message-base-url').fill('ftp://crm.example.com')
      await card.getByTestId('message-settings-save').click()
      await expect(card.getByTestId('message-base-url-error')).toContainText('http')
      const base = `https://crm-${suffix}.example.com`
      await card.getByTestId('message-base-url').fill(`${base}/`)
      await card.getByTestId('message-language-en').click()
      await card.getByTestId('message-settings-save').click()
      await expect(card.getByTestId('message-base-url')).toHaveValue(base)
      await expect(page.getByTestId('webhook-no-link-warning')).toBeHidden()
      expect(await apiGet<MessageSettings>(page, '/settings/notifications')).toEqual({ language: 'en', publicBaseUrl: base })

      // Test it: the robot refuses (HTTP 200, errcode 310000); the log shows what the robot said.
      await dingRow.getByTestId('webhook-deliveries').click()
      const drawer = page.getByTestId('deliveries-drawer')
      await drawer.getByTestId('deliveries-test').click()
      const first = drawer.getByTestId('delivery').first()
      await expect(first).toContainText('测试消息')
      // The delivery job runs every ~2 s and the drawer refreshes itself while a delivery waits.
      await expect(first.getByTestId('delivery-error')).toContainText('errcode 310000: sign not match', { timeout: 20_000 })
      await expect(first.getByTestId('delivery-error')).toContainText('加签密钥')
      await expect(first.getByTestId('delivery-http')).toHaveText('HTTP 200')
      await expect(first.getByTestId('delivery-status')).toHaveText('等待重试')

      // What reached the "robot": signed with the saved secret, markdown, in English.
      const sent = robot.received.find((r) => r.path.startsWith(`/dingtalk/${suffix}?`))
      expect(sent, 'the DingTalk robot was called').toBeTruthy()
      const query = new URL(sent!.path, 'http://x').searchParams
      const timestamp = query.get('timestamp') ?? ''
      expect(query.get('sign')).toBe(createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64'))
      expect(sent!.body.msgtype).toBe('markdown')
      expect((sent!.body.markdown as { title: string }).title).toContain('Quanke')
      await page.keyboard.press('Escape')
      await expect(drawer).toBeHidden()

      // A WeCom text robot, answered errcode 0: 已送达.
      robot.answer.body = { errcode: 0, errmsg: 'ok' }
      await page.getByTestId('webhook-create').click()
      await dialog.getByTestId('webhook-kind-wecom').click()
      const wecomUrl = robot.url(`/wecom/${suffix}`)
      await dialog.getByTestId('webhook-url').fill(wecomUrl)
      await expect(dialog.getByTestId('webhook-secret')).toHaveCount(0)
      await expect(dialog.getByTestId('webhook-format-text')).toHaveClass(/is-checked/)
      await dialog.getByTestId('webhook-allow-private').click()
      await dialog.getByTestId('webhook-save').click()
      await expect(dialog).toBeHidden()
      const wecomRow = page.locator('[data-testid="webhooks-table"] .el-table__row', { hasText: wecomUrl })
      await expect(wecomRow.getByTestId('webhook-row-kind')).toHaveText('企业微信')
      await expect(wecomRow.getByTestId('webhook-row-format')).toHaveText('文本')
      const wecom = (await apiGet<{ items: { id: string; url: string }[] }>(page, '/webhooks')).items.find((h) => h.url === wecomUrl)
      created.push(wecom!.id)

      await wecomRow.getByTestId('webhook-test').click()
      await wecomRow.getByTestId('webhook-deliveries').click()
      const delivered = drawer.getByTestId('delivery').first()
      await expect(delivered.getByTestId('delivery-status')).toHaveText('已送达', { timeout: 20_000 })
      await expect(delivered.getByTestId('delivery-error')).toHaveCount(0)
      const text = robot.received.find((r) => r.path === `/wecom/${suffix}`)
      expect((text!.body.text as { content: string }).content).toMatch(/^\[Quanke\] /)
      await page.keyboard.press('Escape')

      // On a phone the page stays usable: one card per webhook, nothing wider than the screen.
      await page.setViewportSize({ width: 390, height: 844 })
      await page.reload()
      const phoneCard = page.getByTestId('webhook-card').filter({ hasText: wecomUrl })
      await expect(phoneCard).toContainText('企业微信')
      const phoneDeliveries = phoneCard.getByRole('button', { name: '投递记录' })
      await phoneDeliveries.scrollIntoViewIfNeeded()
      await expect(phoneDeliveries).toBeInViewport({ ratio: 1 })
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    } finally {
      for (const id of created) await apiSend(page, 'DELETE', `/webhooks/${id}`)
      await putMessageSettings(page, original)
      robot.server.close()
    }
  })
})
