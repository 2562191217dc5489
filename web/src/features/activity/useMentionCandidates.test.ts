import { describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { createCandidateSearch, mergeCandidates, type MentionCandidate } from './useMentionCandidates'

const known = ref<MentionCandidate[]>([
  { id: 'u1', name: '马超' },
  { id: 'me', name: '胡军' },
  { id: 'u3', name: '朱婷', departmentName: '北京一组' },
])

describe('mention candidates', () => {
  it('offers the people around the record at once, without the caller', () => {
    const lookup = vi.fn()
    const search = createCandidateSearch(known, () => 'me', lookup)
    expect(search.near('').map((c) => c.id)).toEqual(['u1', 'u3'])
    expect(search.near('朱').map((c) => c.id)).toEqual(['u3'])
    expect(lookup).not.toHaveBeenCalled()
  })

  it('adds colleagues from the address book after the near ones, each once', async () => {
    const lookup = vi.fn(async () => [
      { id: 'u3', name: '朱婷', departmentName: '北京一组' },
      { id: 'me', name: '胡军', departmentName: '北京一组' },
      { id: 'u9', name: '朱丽', departmentName: '天津组' },
    ])
    const search = createCandidateSearch(known, () => 'me', lookup)
    const found = await search.all('朱')
    expect(lookup).toHaveBeenCalledWith('朱')
    expect(found).toEqual([
      { id: 'u3', name: '朱婷', departmentName: '北京一组' },
      { id: 'u9', name: '朱丽', departmentName: '天津组' },
    ])
  })

  it('keeps the near people when the address book fails', async () => {
    const search = createCandidateSearch(known, () => 'me', () => Promise.reject(new Error('network')))
    expect((await search.all('马')).map((c) => c.id)).toEqual(['u1'])
  })

  it('offers at most 20 people', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ id: `r${i}`, name: `同事${i}`, departmentName: '' }))
    expect(mergeCandidates([], many)).toHaveLength(20)
  })
})
