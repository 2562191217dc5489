// The role dialog's permission grid: rows are modules, columns are actions, a cell exists where
// the server's catalog (GET /permissions) lists that module×action. Permissions are "module.action".
import type { PermissionModule } from '@/api/types'

export function permissionKey(module: string, action: string): string {
  return `${module}.${action}`
}

/** Every action in the catalog, in the order it first appears (the grid's columns). */
export function matrixColumns(modules: readonly PermissionModule[]): string[] {
  const seen = new Set<string>()
  const columns: string[] = []
  for (const m of modules) {
    for (const a of m.actions) {
      if (!seen.has(a)) {
        seen.add(a)
        columns.push(a)
      }
    }
  }
  return columns
}

export type CheckState = 'all' | 'some' | 'none'

export function moduleState(selected: ReadonlySet<string>, module: PermissionModule): CheckState {
  const count = module.actions.filter((a) => selected.has(permissionKey(module.module, a))).length
  if (count === 0) return 'none'
  return count === module.actions.length ? 'all' : 'some'
}

/** Turns every action of a module on or off; other permissions are untouched. */
export function setModule(selected: ReadonlySet<string>, module: PermissionModule, on: boolean): Set<string> {
  const next = new Set(selected)
  for (const a of module.actions) {
    const key = permissionKey(module.module, a)
    if (on) next.add(key)
    else next.delete(key)
  }
  return next
}

/**
 * The list to send: known permissions in catalog order, then any the role already had that the
 * catalog does not list (kept rather than silently dropped).
 */
export function orderedPermissions(selected: ReadonlySet<string>, modules: readonly PermissionModule[]): string[] {
  const known: string[] = []
  const knownSet = new Set<string>()
  for (const m of modules) {
    for (const a of m.actions) {
      const key = permissionKey(m.module, a)
      knownSet.add(key)
      if (selected.has(key)) known.push(key)
    }
  }
  const unknown = [...selected].filter((p) => !knownSet.has(p)).sort()
  return [...known, ...unknown]
}
