import { describe, expect, it } from 'vitest'
import { matrixColumns, moduleState, orderedPermissions, setModule } from './permission-matrix'

const modules = [
  { module: 'customer', actions: ['view', 'create', 'edit', 'export'] },
  { module: 'org', actions: ['view', 'create', 'edit', 'delete'] },
]

describe('permission matrix', () => {
  it('collects the columns in first-seen order', () => {
    expect(matrixColumns(modules)).toEqual(['view', 'create', 'edit', 'export', 'delete'])
  })

  it('reports a module as all, some or none', () => {
    expect(moduleState(new Set(), modules[0])).toBe('none')
    expect(moduleState(new Set(['customer.view']), modules[0])).toBe('some')
    expect(moduleState(new Set(['customer.view', 'customer.create', 'customer.edit', 'customer.export']), modules[0])).toBe('all')
  })

  it('toggles a whole module without touching others', () => {
    const on = setModule(new Set(['org.view']), modules[0], true)
    expect(on.size).toBe(5)
    const off = setModule(on, modules[0], false)
    expect([...off]).toEqual(['org.view'])
  })

  it('orders known permissions like the catalog and keeps unknown ones', () => {
    const list = orderedPermissions(new Set(['org.delete', 'legacy.thing', 'customer.view']), modules)
    expect(list).toEqual(['customer.view', 'org.delete', 'legacy.thing'])
  })
})
