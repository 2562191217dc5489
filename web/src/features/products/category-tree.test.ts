import { describe, expect, it } from 'vitest'
import type { ProductCategory } from '@/api/products'
import { buildCategoryTree, moveTargets, nextPosition } from './category-tree'

const c = (id: string, parentId: string | null, position: number, productCount: number, name = id): ProductCategory => ({ id, parentId, name, position, productCount })
const flat = [c('soft', null, 1, 2, '软件'), c('hw', null, 0, 1, '硬件'), c('crm', 'soft', 0, 3, 'CRM'), c('erp', 'soft', 1, 0, 'ERP'), c('crm-mobile', 'crm', 0, 4, '移动版'), c('lost', 'gone', 0, 5, '孤儿')]

describe('category tree', () => {
  it('nests by parent, orders by position and counts products over each subtree', () => {
    const tree = buildCategoryTree(flat)
    expect(tree.map((n) => n.label)).toEqual(['孤儿', '硬件', '软件'])
    const soft = tree.find((n) => n.id === 'soft')!
    expect(soft.children.map((n) => n.label)).toEqual(['CRM', 'ERP'])
    expect(soft.subtreeCount).toBe(2 + 3 + 0 + 4)
    expect(soft.children[0].subtreeCount).toBe(7)
  })

  it('offers every category but itself and those below it as a new parent', () => {
    expect(moveTargets(flat, 'soft').map((x) => x.id).sort()).toEqual(['hw', 'lost'])
    expect(moveTargets(flat, 'crm-mobile').map((x) => x.id)).not.toContain('crm-mobile')
    expect(nextPosition(flat, 'soft')).toBe(2)
    expect(nextPosition(flat, null)).toBe(2)
    expect(nextPosition(flat, 'erp')).toBe(0)
  })
})
