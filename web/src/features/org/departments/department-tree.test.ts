import { describe, expect, it } from 'vitest'
import type { Department } from '@/api/types'
import { buildDepartmentTree, departmentPath, subtreeIds } from './department-tree'

function dept(id: string, parentId: string | null, name: string, sortOrder = 0, memberCount = 0): Department {
  return { id, parentId, name, sortOrder, memberCount, createdAt: '', updatedAt: '' }
}

const flat: Department[] = [
  dept('3', '2', '北京一组', 0, 4),
  dept('1', null, '总部', 0, 2),
  dept('5', '1', '华南大区', 2, 1),
  dept('2', '1', '华北大区', 1, 3),
  dept('4', '2', '北京二组', 1, 5),
]

describe('buildDepartmentTree', () => {
  it('nests children under parents, ordered by sortOrder', () => {
    const tree = buildDepartmentTree(flat)
    expect(tree.map((n) => n.name)).toEqual(['总部'])
    expect(tree[0].children.map((n) => n.name)).toEqual(['华北大区', '华南大区'])
    expect(tree[0].children[0].children.map((n) => n.name)).toEqual(['北京一组', '北京二组'])
  })

  it('sums members of the subtree', () => {
    const [root] = buildDepartmentTree(flat)
    expect(root.memberCount).toBe(2)
    expect(root.totalMembers).toBe(15)
    expect(root.children[0].totalMembers).toBe(12)
  })

  it('makes departments with an unknown parent roots', () => {
    const tree = buildDepartmentTree([dept('9', 'missing', '孤儿'), dept('1', null, '总部')])
    expect(tree.map((n) => n.name).sort()).toEqual(['孤儿', '总部'])
  })

  it('returns an empty forest for an empty list', () => {
    expect(buildDepartmentTree([])).toEqual([])
  })

  it('does not mutate its input', () => {
    const copy = JSON.parse(JSON.stringify(flat))
    buildDepartmentTree(flat)
    expect(flat).toEqual(copy)
  })
})

describe('subtreeIds', () => {
  it('contains the department and everything below it', () => {
    expect([...subtreeIds(flat, '2')].sort()).toEqual(['2', '3', '4'])
    expect([...subtreeIds(flat, '3')]).toEqual(['3'])
    expect(subtreeIds(flat, '1').size).toBe(5)
  })
})

describe('departmentPath', () => {
  it('joins the names from the root', () => {
    expect(departmentPath(flat, '3')).toBe('总部 / 华北大区 / 北京一组')
    expect(departmentPath(flat, 'nope')).toBe('')
  })
})
