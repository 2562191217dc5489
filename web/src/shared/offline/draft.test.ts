import { beforeEach, describe, expect, it } from 'vitest'
import { nextTick, reactive } from 'vue'
import { draftKey, useDraft } from './draft'

// One form's life: typed, the page reloads (a new form and a new draft on the same key), submitted.
function form() {
  const f = reactive({ text: '', type: 'call' })
  const draft = useDraft(
    () => draftKey('u1', 'followUp.42'),
    () => ({ ...f }),
    (d) => Object.assign(f, d),
    (d) => !d.text.trim(),
  )
  return { f, draft }
}

describe('useDraft', () => {
  beforeEach(() => localStorage.clear())

  it('saves as you type; a reloaded form gets it back; clear() on submit forgets it', async () => {
    const first = form()
    first.f.text = '客户想要报价'
    first.f.type = 'wechat'
    await nextTick()
    expect(JSON.parse(localStorage.getItem('quanke.draft.u1.followUp.42')!)).toEqual({ text: '客户想要报价', type: 'wechat' })

    const reloaded = form()
    expect(reloaded.draft.restore()).toBe(true)
    expect({ ...reloaded.f }).toEqual({ text: '客户想要报价', type: 'wechat' })

    reloaded.draft.clear()
    expect(localStorage.getItem('quanke.draft.u1.followUp.42')).toBeNull()
    expect(form().draft.restore()).toBe(false)
  })

  it('an emptied form leaves no draft; nobody signed in keeps none', async () => {
    const { f } = form()
    f.text = 'x'
    await nextTick()
    f.text = '  '
    await nextTick()
    expect(localStorage.length).toBe(0)
    expect(draftKey(null, 'customerCreate')).toBeNull()
  })
})
