import { afterEach, describe, expect, it } from 'vitest'
import { createApp, nextTick, type App } from 'vue'
import { createI18n } from 'vue-i18n'
import { en } from '@/locales/en'
import { zhCN } from '@/locales/zh-CN'
import UpdatePrompt from './UpdatePrompt.vue'
import { registerState } from './register-sw.test-double'

let app: App | null = null
afterEach(() => {
  app?.unmount()
  app = null
  document.body.innerHTML = ''
  registerState.needRefresh.value = false
  registerState.updates.length = 0
})

function mount(locale: 'zh-CN' | 'en'): HTMLElement {
  const host = document.createElement('div')
  document.body.appendChild(host)
  app = createApp(UpdatePrompt).use(createI18n({ legacy: false, locale, messages: { 'zh-CN': zhCN, en } }))
  app.mount(host)
  return host
}

describe('UpdatePrompt', () => {
  it('shows nothing until a new version waits, then offers to reload into it', async () => {
    const host = mount('zh-CN')
    expect(host.querySelector('[data-testid="pwa-update"]')).toBeNull()
    registerState.needRefresh.value = true
    await nextTick()
    const reload = host.querySelector<HTMLButtonElement>('.update-prompt__reload')
    expect(reload?.textContent).toBe('新版本可用，刷新')
    reload!.click()
    expect(registerState.updates).toEqual([true])
  })

  it('speaks English in English, and "later" hides it without updating', async () => {
    registerState.needRefresh.value = true
    const host = mount('en')
    await nextTick()
    expect(host.querySelector('.update-prompt__reload')?.textContent).toBe('A new version is available — reload')
    host.querySelector<HTMLButtonElement>('.update-prompt__later')!.click()
    await nextTick()
    expect(host.querySelector('[data-testid="pwa-update"]')).toBeNull()
    expect(registerState.updates).toEqual([])
  })
})
