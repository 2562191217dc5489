import { describe, expect, it } from 'vitest'
import { moveItem } from './list-order'

describe('moveItem', () => {
  it('moves an item up and down by one place', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c'])
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b'])
  })

  it('leaves the list alone past either end, and never changes the input', () => {
    const list = ['a', 'b']
    expect(moveItem(list, 0, -1)).toBe(list)
    expect(moveItem(list, 1, 1)).toBe(list)
    expect(moveItem(list, 5, -1)).toBe(list)
    expect(moveItem(list, 0, 1)).not.toBe(list)
    expect(list).toEqual(['a', 'b'])
  })
})
