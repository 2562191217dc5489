// The side navigation, built from the permissions GET /me returned. A group is shown only when
// at least one of its items is visible; an item needs every permission it names.

export interface MenuItem {
  /** Route name for a leaf, a unique key for a group. */
  key: string
  /** i18n key of the label. */
  titleKey: string
  /** Element Plus icon component name (resolved by the layout). */
  icon?: string
  requires?: string[]
  /** A count shown on the item (the layout knows where it comes from). */
  badge?: 'approvalsPending'
  children?: MenuItem[]
}

export const MENU: readonly MenuItem[] = [
  { key: 'home', titleKey: 'nav.home', icon: 'HomeFilled' },
  { key: 'feed', titleKey: 'nav.feed', icon: 'ChatLineRound' },
  { key: 'workLogs', titleKey: 'nav.workLogs', icon: 'Notebook' },
  { key: 'approvals', titleKey: 'nav.approvals', icon: 'Stamp', badge: 'approvalsPending' },
  {
    key: 'customerGroup',
    titleKey: 'nav.customers',
    icon: 'UserFilled',
    children: [
      { key: 'myCustomers', titleKey: 'nav.myCustomers' },
      { key: 'customers', titleKey: 'nav.allCustomers', requires: ['customer.view'] },
      { key: 'pool', titleKey: 'nav.pool', requires: ['pool.view'] },
      { key: 'poolSettings', titleKey: 'nav.poolSettings', requires: ['pool.configure'] },
    ],
  },
  {
    key: 'leadGroup',
    titleKey: 'nav.leads',
    icon: 'Promotion',
    children: [
      { key: 'myLeads', titleKey: 'nav.myLeads', requires: ['lead.view'] },
      { key: 'leads', titleKey: 'nav.allLeads', requires: ['lead.view'] },
      { key: 'leadPool', titleKey: 'nav.leadPool', requires: ['lead.view', 'pool.view'] },
      { key: 'leadAnalysis', titleKey: 'nav.leadAnalysis', requires: ['lead.view'] },
      { key: 'leadSettings', titleKey: 'nav.leadSettings', requires: ['lead.view', 'pool.configure'] },
    ],
  },
  {
    key: 'dealGroup',
    titleKey: 'nav.deals',
    icon: 'TrendCharts',
    children: [
      { key: 'myDeals', titleKey: 'nav.myDeals', requires: ['opportunity.view'] },
      { key: 'deals', titleKey: 'nav.allDeals', requires: ['opportunity.view'] },
      { key: 'dealFunnel', titleKey: 'nav.dealFunnel', requires: ['opportunity.view'] },
    ],
  },
  {
    key: 'contractGroup',
    titleKey: 'nav.contractGroup',
    icon: 'Tickets',
    children: [
      { key: 'myContracts', titleKey: 'nav.myContracts', requires: ['contract.view'] },
      { key: 'contracts', titleKey: 'nav.contracts', requires: ['contract.view'] },
      { key: 'receipts', titleKey: 'nav.receipts', requires: ['payment.view'] },
      { key: 'receivables', titleKey: 'nav.receivables', requires: ['payment.view'] },
      { key: 'invoices', titleKey: 'nav.invoices', requires: ['payment.view'] },
    ],
  },
  {
    key: 'visits',
    titleKey: 'nav.visits',
    icon: 'Location',
    children: [
      { key: 'checkIn', titleKey: 'nav.checkIn', requires: ['visit.create'] },
      { key: 'nearby', titleKey: 'nav.nearby', requires: ['visit.create'] },
      { key: 'visitPlans', titleKey: 'nav.visitPlans', requires: ['visit.create'] },
    ],
  },
  {
    key: 'reportGroup',
    titleKey: 'nav.reportGroup',
    icon: 'DataAnalysis',
    children: [
      { key: 'attainment', titleKey: 'nav.attainment', requires: ['target.view'] },
      { key: 'performance', titleKey: 'nav.performance', requires: ['report.view'] },
      { key: 'workReport', titleKey: 'nav.workReport', requires: ['report.view'] },
      { key: 'customerReport', titleKey: 'nav.customerReport', requires: ['report.view'] },
      { key: 'visitStats', titleKey: 'nav.visitStats', requires: ['visit.view'] },
      { key: 'targetSettings', titleKey: 'nav.targetSettings', requires: ['target.view'] },
    ],
  },
  {
    key: 'org',
    titleKey: 'nav.org',
    icon: 'OfficeBuilding',
    children: [
      { key: 'departments', titleKey: 'nav.departments', requires: ['org.view'] },
      { key: 'users', titleKey: 'nav.users', requires: ['org.view'] },
      { key: 'roles', titleKey: 'nav.roles', requires: ['org.view'] },
    ],
  },
  {
    key: 'settings',
    titleKey: 'nav.settings',
    icon: 'Setting',
    children: [
      { key: 'generalSettings', titleKey: 'nav.generalSettings', requires: ['settings.configure'] },
      { key: 'webhooks', titleKey: 'nav.webhooks', requires: ['settings.configure'] },
      { key: 'salesProcesses', titleKey: 'nav.salesProcesses', requires: ['settings.configure', 'opportunity.view'] },
      { key: 'approvalFlows', titleKey: 'nav.approvalFlows', requires: ['settings.configure'] },
      { key: 'products', titleKey: 'nav.products', requires: ['settings.configure', 'contract.view'] },
      { key: 'contractSettings', titleKey: 'nav.contractSettings', requires: ['settings.configure', 'contract.view'] },
      { key: 'customFields', titleKey: 'nav.customFields', requires: ['settings.configure'] },
      { key: 'recycleBin', titleKey: 'nav.recycleBin', requires: ['settings.configure'] },
      { key: 'auditLog', titleKey: 'nav.auditLog', requires: ['org.view'] },
    ],
  },
]

export function hasAll(permissions: readonly string[], required: readonly string[] | undefined): boolean {
  if (!required || required.length === 0) return true
  return required.every((p) => permissions.includes(p))
}

export function buildMenu(permissions: readonly string[], menu: readonly MenuItem[] = MENU): MenuItem[] {
  const result: MenuItem[] = []
  for (const item of menu) {
    if (!hasAll(permissions, item.requires)) continue
    if (item.children) {
      const children = buildMenu(permissions, item.children)
      if (children.length > 0) result.push({ ...item, children })
    } else {
      result.push({ ...item })
    }
  }
  return result
}
