// The product categories GET /product-categories lists flat (by parent, position) as the tree the
// products page shows, with each node's product count over its subtree, and the parents a
// category may move under (not itself nor anything below it). Pure, tested.
import type { ProductCategory } from '@/api/products'
import { subtreeIds } from '@/features/org/departments/department-tree'

export interface CategoryNode {
  id: string
  label: string
  category: ProductCategory
  children: CategoryNode[]
  /** Products of this category and every category below it. */
  subtreeCount: number
}

/** The forest; a category whose parent is not listed becomes a root (nothing is hidden). */
export function buildCategoryTree(flat: readonly ProductCategory[]): CategoryNode[] {
  const nodes = new Map<string, CategoryNode>(flat.map((c) => [c.id, { id: c.id, label: c.name, category: c, children: [], subtreeCount: c.productCount }]))
  const roots: CategoryNode[] = []
  for (const node of nodes.values()) {
    const parent = node.category.parentId ? nodes.get(node.category.parentId) : undefined
    ;(parent && parent !== node ? parent.children : roots).push(node)
  }
  const sum = (list: CategoryNode[], seen: Set<string>): number => {
    list.sort((a, b) => a.category.position - b.category.position || a.label.localeCompare(b.label, 'zh-CN'))
    return list.reduce((n, node) => {
      if (seen.has(node.id)) return n
      seen.add(node.id)
      node.subtreeCount = node.category.productCount + sum(node.children, seen)
      return n + node.subtreeCount
    }, 0)
  }
  sum(roots, new Set())
  return roots
}

/** The categories `id` may move under: every one but itself and those below it. */
export function moveTargets(flat: readonly ProductCategory[], id: string): ProductCategory[] {
  const blocked = subtreeIds(flat, id)
  return flat.filter((c) => !blocked.has(c.id))
}

/** The position a new last child of `parentId` gets. */
export function nextPosition(flat: readonly ProductCategory[], parentId: string | null): number {
  const siblings = flat.filter((c) => (c.parentId ?? null) === parentId)
  return siblings.reduce((max, c) => Math.max(max, c.position + 1), 0)
}
