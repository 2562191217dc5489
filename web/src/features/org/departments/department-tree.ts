// Turns the flat department list GET /departments answers into the tree the UI shows.
import type { Department } from '@/api/types'

export interface DepartmentNode extends Department {
  children: DepartmentNode[]
  /** Members of this department and all below it. */
  totalMembers: number
}

function byOrder(a: DepartmentNode, b: DepartmentNode): number {
  return a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'zh-CN') || a.id.localeCompare(b.id)
}

/**
 * Builds the forest. A department whose parent is missing from the list (outside the caller's
 * scope, or a broken reference) becomes a root, so nothing the server sent is hidden. Cycles
 * cannot come from the server (it refuses them); if one did, its members would be dropped
 * rather than looping forever.
 */
export function buildDepartmentTree(flat: readonly Department[]): DepartmentNode[] {
  const nodes = new Map<string, DepartmentNode>()
  for (const d of flat) nodes.set(d.id, { ...d, children: [], totalMembers: d.memberCount })
  const roots: DepartmentNode[] = []
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined
    if (parent && parent !== node) parent.children.push(node)
    else roots.push(node)
  }
  const visit = (list: DepartmentNode[]): number => {
    list.sort(byOrder)
    let sum = 0
    for (const n of list) {
      n.totalMembers = n.memberCount + visit(n.children)
      sum += n.totalMembers
    }
    return sum
  }
  visit(roots)
  return roots
}

/** The id and the ids of every department below it (what cannot become its new parent). */
export function subtreeIds(flat: readonly Pick<Department, 'id' | 'parentId'>[], rootId: string): Set<string> {
  const childrenOf = new Map<string, string[]>()
  for (const d of flat) {
    if (!d.parentId) continue
    const list = childrenOf.get(d.parentId) ?? []
    list.push(d.id)
    childrenOf.set(d.parentId, list)
  }
  const result = new Set<string>([rootId])
  const stack = [rootId]
  while (stack.length > 0) {
    const id = stack.pop()!
    for (const child of childrenOf.get(id) ?? []) {
      if (!result.has(child)) {
        result.add(child)
        stack.push(child)
      }
    }
  }
  return result
}

/** A department and its ancestors, the root first; [] when unknown. */
export function departmentChain<D extends Pick<Department, 'id' | 'parentId'>>(flat: readonly D[], id: string): D[] {
  const byId = new Map(flat.map((d) => [d.id, d]))
  const chain: D[] = []
  const seen = new Set<string>()
  let current = byId.get(id)
  while (current && !seen.has(current.id)) {
    seen.add(current.id)
    chain.unshift(current)
    current = current.parentId ? byId.get(current.parentId) : undefined
  }
  return chain
}

/** "总部 / 华北大区 / 北京一组" for a department id, or '' when unknown. */
export function departmentPath(flat: readonly Department[], id: string, separator = ' / '): string {
  return departmentChain(flat, id)
    .map((d) => d.name)
    .join(separator)
}
