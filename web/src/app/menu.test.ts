import { describe, expect, it } from 'vitest'
import { buildMenu, hasAll } from './menu'
import { routes } from './router'

function keys(items: ReturnType<typeof buildMenu>): string[] {
  return items.flatMap((i) => [i.key, ...(i.children ? keys(i.children) : [])])
}

describe('buildMenu', () => {
  it('shows the organisation group with org.view', () => {
    expect(keys(buildMenu(['org.view']))).toEqual(['home', 'feed', 'workLogs', 'approvals', 'customerGroup', 'myCustomers', 'org', 'departments', 'users', 'roles', 'settings', 'auditLog'])
  })

  it('shows 审计日志 under 系统设置 with org.view, with or without settings.configure', () => {
    expect(keys(buildMenu(['org.view', 'settings.configure']))).toEqual(expect.arrayContaining(['settings', 'recycleBin', 'auditLog']))
    expect(keys(buildMenu(['settings.configure']))).not.toContain('auditLog')
    expect(keys(buildMenu(['customer.view']))).not.toContain('auditLog')
  })

  it('shows the field-visit pages by visit permissions', () => {
    expect(keys(buildMenu(['visit.create', 'visit.view']))).toContain('checkIn')
    expect(keys(buildMenu(['visit.create', 'visit.view']))).toEqual(
      expect.arrayContaining(['visits', 'checkIn', 'nearby', 'visitPlans', 'reportGroup', 'visitStats']),
    )
    // The visit statistics are a report: they sit in 报表, not in 外勤拜访.
    expect(keys(buildMenu(['visit.view']))).toEqual(['home', 'feed', 'workLogs', 'approvals', 'customerGroup', 'myCustomers', 'reportGroup', 'visitStats'])
    expect(keys(buildMenu([]))).not.toContain('visits')
  })

  it('groups the reports and the target settings under 报表 by report and target permissions', () => {
    const everyone = keys(buildMenu([]))
    expect(keys(buildMenu(['report.view']))).toEqual([...everyone, 'reportGroup', 'performance', 'workReport', 'customerReport'])
    expect(keys(buildMenu(['target.view']))).toEqual([...everyone, 'reportGroup', 'attainment', 'targetSettings'])
    expect(keys(buildMenu([]))).not.toContain('reportGroup')
  })

  it('hides the organisation group without org.view', () => {
    expect(keys(buildMenu(['customer.view']))).not.toContain('org')
    expect(keys(buildMenu([]))).toEqual(['home', 'feed', 'workLogs', 'approvals', 'customerGroup', 'myCustomers'])
  })

  it('shows the customer pages a rep may open', () => {
    expect(keys(buildMenu(['customer.view', 'pool.view', 'pool.claim']))).toEqual([
      'home',
      'feed',
      'workLogs',
      'approvals',
      'customerGroup',
      'myCustomers',
      'customers',
      'pool',
    ])
  })

  it('shows pool settings only with pool.configure', () => {
    expect(keys(buildMenu(['pool.view']))).not.toContain('poolSettings')
    expect(keys(buildMenu(['pool.view', 'pool.configure']))).toContain('poolSettings')
  })

  it('shows the lead pages by lead and pool permissions', () => {
    expect(keys(buildMenu(['lead.view']))).toEqual(expect.arrayContaining(['leadGroup', 'myLeads', 'leads', 'leadAnalysis']))
    expect(keys(buildMenu(['lead.view']))).not.toContain('leadPool')
    expect(keys(buildMenu(['lead.view', 'pool.view']))).toContain('leadPool')
    expect(keys(buildMenu(['lead.view', 'pool.view']))).not.toContain('leadSettings')
    expect(keys(buildMenu(['lead.view', 'pool.configure']))).toContain('leadSettings')
    expect(keys(buildMenu(['pool.view', 'pool.configure']))).not.toContain('leadGroup')
  })

  it('shows the general and webhook settings, the custom fields and the recycle bin only with settings.configure', () => {
    expect(keys(buildMenu(['org.view']))).not.toContain('webhooks')
    expect(keys(buildMenu(['org.view', 'customer.view']))).not.toContain('generalSettings')
    expect(keys(buildMenu(['org.view', 'customer.view']))).not.toContain('recycleBin')
    expect(keys(buildMenu(['org.view', 'customer.view', 'lead.view']))).not.toContain('customFields')
    expect(keys(buildMenu(['settings.configure']))).toEqual(['home', 'feed', 'workLogs', 'approvals', 'customerGroup', 'myCustomers', 'settings', 'generalSettings', 'webhooks', 'approvalFlows', 'customFields', 'recycleBin'])
  })

  it('shows 审批 to everyone, with the pending badge, and its flow settings only with settings.configure', () => {
    const approvals = buildMenu([]).find((i) => i.key === 'approvals')
    expect(approvals?.badge).toBe('approvalsPending')
    expect(keys(buildMenu(['org.view']))).not.toContain('approvalFlows')
    expect(keys(buildMenu(['settings.configure']))).toContain('approvalFlows')
  })

  it('needs every permission an item names', () => {
    const menu = [{ key: 'x', titleKey: 'x', requires: ['a.view', 'a.edit'] }]
    expect(buildMenu(['a.view'], menu)).toEqual([])
    expect(buildMenu(['a.view', 'a.edit'], menu)).toHaveLength(1)
  })

  it('does not change the menu definition', () => {
    const before = JSON.stringify(buildMenu(['org.view']))
    buildMenu([])
    expect(JSON.stringify(buildMenu(['org.view']))).toBe(before)
  })
})

describe('hasAll', () => {
  it('treats no requirement as allowed', () => {
    expect(hasAll([], undefined)).toBe(true)
    expect(hasAll([], [])).toBe(true)
    expect(hasAll(['org.view'], ['org.edit'])).toBe(false)
  })
})

describe('menu and routes agree', () => {
  it('every menu leaf is a named route with the same permissions', () => {
    const byName = new Map<string, { requires?: string[] }>()
    const walk = (list: typeof routes) => {
      for (const r of list) {
        if (typeof r.name === 'string') byName.set(r.name, r.meta ?? {})
        if (r.children) walk(r.children)
      }
    }
    walk(routes)
    const leaves = buildMenu(['org.view', 'customer.view', 'lead.view', 'pool.view', 'pool.configure', 'settings.configure']).flatMap((i) => i.children ?? [i])
    expect(leaves.length).toBeGreaterThan(6)
    for (const leaf of leaves) {
      expect(byName.has(leaf.key), leaf.key).toBe(true)
      expect(byName.get(leaf.key)?.requires ?? []).toEqual(leaf.requires ?? [])
    }
  })
})
