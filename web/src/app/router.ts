import { defineAsyncComponent, type Component } from 'vue'
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { responsive } from '@/shared/responsive'
import { installGuards } from './guards'
import { loadAppLayout } from './layouts/layouts'
import { installPrefetch } from './prefetch'
import { useSessionStore } from '@/features/auth/session-store'

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without a session (the login page). */
    public?: boolean
    /** Permissions the page needs (all of them). */
    requires?: string[]
    /** i18n key of the page title (mobile NavBar, document title). */
    titleKey?: string
    /** Top-level tab on phones: no back arrow in the NavBar. */
    tab?: boolean
  }
}

function lazy(loader: () => Promise<{ default: Component }>): Component {
  return defineAsyncComponent(loader)
}

const HomePage = () => import('@/features/home/HomePage.vue')
const MobileHomePage = () => import('@/features/home/MobileHomePage.vue')

export const routes: RouteRecordRaw[] = [
  {
    // Phones get a Vant-free, Element-Plus-free form (the first page a new phone loads).
    path: '/login',
    name: 'login',
    component: responsive(
      lazy(() => import('@/features/auth/LoginPage.vue')),
      lazy(() => import('@/features/auth/MobileLoginPage.vue')),
    ),
    meta: { public: true, titleKey: 'login.title' },
  },
  {
    // First run: creating the company, while the database holds none (see guards.ts).
    path: '/setup',
    name: 'setup',
    component: () => import('@/features/setup/SetupPage.vue'),
    meta: { public: true, titleKey: 'setup.title' },
  },
  {
    // A public web form (线索表单): no login, no app chrome, made for phones.
    path: '/f/:token',
    name: 'publicForm',
    component: () => import('@/features/leads/PublicFormPage.vue'),
    meta: { public: true, titleKey: 'publicForm.title' },
  },
  {
    path: '/',
    component: loadAppLayout,
    children: [
      {
        path: '',
        name: 'home',
        component: responsive(lazy(HomePage), lazy(MobileHomePage)),
        meta: { titleKey: 'nav.home', tab: true },
      },
      {
        path: 'me',
        name: 'me',
        component: () => import('@/features/me/MePage.vue'),
        meta: { titleKey: 'nav.me', tab: true },
      },
      {
        // 待发送: captures kept offline (shared/offline/), with retry and discard.
        path: 'offline-queue',
        name: 'offlineQueue',
        component: responsive(
          lazy(() => import('@/shared/offline/OfflineQueuePage.vue')),
          lazy(() => import('@/shared/offline/MobileOfflineQueuePage.vue')),
        ),
        meta: { titleKey: 'offline.title' },
      },
      {
        path: 'customers/mine',
        name: 'myCustomers',
        component: responsive(
          lazy(() => import('@/features/customers/CustomersPage.vue')),
          lazy(() => import('@/features/customers/MobileCustomersPage.vue')),
        ),
        meta: { titleKey: 'nav.myCustomers', tab: true },
      },
      {
        path: 'customers',
        name: 'customers',
        component: responsive(
          lazy(() => import('@/features/customers/CustomersPage.vue')),
          lazy(() => import('@/features/customers/MobileCustomersPage.vue')),
        ),
        meta: { titleKey: 'nav.allCustomers', requires: ['customer.view'] },
      },
      {
        // 导入客户: the desktop's upload, mapping, preview and run; the phone lists past imports.
        path: 'customers/import',
        name: 'customerImport',
        component: responsive(
          lazy(() => import('@/features/imports/ImportPage.vue')),
          lazy(() => import('@/features/imports/MobileImportsPage.vue')),
        ),
        props: { object: 'customers' },
        meta: { titleKey: 'nav.customerImport', requires: ['customer.import'] },
      },
      {
        // 导入产品: the same page over products (who may create products may import them).
        path: 'products/import',
        name: 'productImport',
        component: responsive(
          lazy(() => import('@/features/imports/ImportPage.vue')),
          lazy(() => import('@/features/imports/MobileImportsPage.vue')),
        ),
        props: { object: 'products' },
        meta: { titleKey: 'nav.productImport', requires: ['settings.configure'] },
      },
      {
        // 导入目标: the same page over targets (who may set targets may import them).
        path: 'targets/import',
        name: 'targetImport',
        component: responsive(
          lazy(() => import('@/features/imports/ImportPage.vue')),
          lazy(() => import('@/features/imports/MobileImportsPage.vue')),
        ),
        props: { object: 'targets' },
        meta: { titleKey: 'nav.targetImport', requires: ['target.configure'] },
      },
      {
        // 导出记录: the caller's exports (started from the desktop lists) and their files; the phone
        // lists them too. No permission: each sees only their own exports.
        path: 'exports',
        name: 'exports',
        component: responsive(
          lazy(() => import('@/features/exports/ExportsPage.vue')),
          lazy(() => import('@/features/exports/MobileExportsPage.vue')),
        ),
        meta: { titleKey: 'nav.exports' },
      },
      {
        // The phone form; the desktop creates customers in a dialog on the list.
        path: 'customers/new',
        name: 'customerCreate',
        component: () => import('@/features/customers/MobileCustomerCreatePage.vue'),
        meta: { titleKey: 'nav.customerCreate', requires: ['customer.create'] },
      },
      {
        path: 'customers/:id',
        name: 'customerDetail',
        component: responsive(
          lazy(() => import('@/features/customers/CustomerDetailPage.vue')),
          lazy(() => import('@/features/customers/MobileCustomerDetailPage.vue')),
        ),
        meta: { titleKey: 'nav.customerDetail' },
      },
      {
        // 写跟进 as a page: the phone's one-screen form (the desktop uses a dialog).
        path: 'customers/:id/follow-up',
        name: 'followUpCreate',
        component: () => import('@/features/activity/MobileFollowUpPage.vue'),
        meta: { titleKey: 'followUp.writeTitle', requires: ['followup.create'] },
      },
      {
        path: 'feed',
        name: 'feed',
        component: responsive(
          lazy(() => import('@/features/activity/FeedPage.vue')),
          lazy(() => import('@/features/activity/MobileFeedPage.vue')),
        ),
        meta: { titleKey: 'nav.feed', tab: true },
      },
      {
        // 工作日志: write (desktop tab), my logs, team logs, 未提交 for managers.
        path: 'work-logs',
        name: 'workLogs',
        component: responsive(
          lazy(() => import('@/features/worklogs/WorkLogsPage.vue')),
          lazy(() => import('@/features/worklogs/MobileWorkLogsPage.vue')),
        ),
        meta: { titleKey: 'nav.workLogs' },
      },
      {
        // The phone's write page; on the desktop the list page opens on its 写日志 tab.
        path: 'work-logs/write',
        name: 'workLogWrite',
        component: responsive(
          lazy(() => import('@/features/worklogs/WorkLogsPage.vue')),
          lazy(() => import('@/features/worklogs/MobileWorkLogWritePage.vue')),
        ),
        meta: { titleKey: 'nav.workLogWrite' },
      },
      {
        path: 'work-logs/:id',
        name: 'workLogDetail',
        component: () => import('@/features/worklogs/WorkLogDetailPage.vue'),
        meta: { titleKey: 'nav.workLogDetail' },
      },
      {
        path: 'visits/check-in',
        name: 'checkIn',
        component: () => import('@/features/visits/CheckInPage.vue'),
        meta: { titleKey: 'nav.checkIn', requires: ['visit.create'], tab: true },
      },
      {
        path: 'visits/nearby',
        name: 'nearby',
        component: () => import('@/features/visits/NearbyPage.vue'),
        meta: { titleKey: 'nav.nearby', requires: ['visit.create'] },
      },
      {
        path: 'visits/plans',
        name: 'visitPlans',
        component: () => import('@/features/visits/VisitPlansPage.vue'),
        meta: { titleKey: 'nav.visitPlans', requires: ['visit.create'] },
      },
      {
        path: 'visits/stats',
        name: 'visitStats',
        component: responsive(
          lazy(() => import('@/features/visits/VisitStatsPage.vue')),
          lazy(() => import('@/features/visits/MobileVisitStatsPage.vue')),
        ),
        meta: { titleKey: 'nav.visitStats', requires: ['visit.view'] },
      },
      {
        // 客户被拜访统计's drill-down: the customers never visited / forgotten (kind, forgottenDays,
        // ownerId, departmentId in the query).
        path: 'visits/neglected',
        name: 'visitNeglected',
        component: responsive(
          lazy(() => import('@/features/visits/NeglectedCustomersPage.vue')),
          lazy(() => import('@/features/visits/MobileNeglectedCustomersPage.vue')),
        ),
        meta: { titleKey: 'nav.visitNeglected', requires: ['visit.view'] },
      },
      {
        // 报表: attainment of targets, the two metric reports, the records behind a number.
        path: 'reports/attainment',
        name: 'attainment',
        component: responsive(
          lazy(() => import('@/features/reports/AttainmentPage.vue')),
          lazy(() => import('@/features/reports/MobileAttainmentPage.vue')),
        ),
        meta: { titleKey: 'nav.attainment', requires: ['target.view'] },
      },
      {
        path: 'reports/performance',
        name: 'performance',
        component: responsive(
          lazy(() => import('@/features/reports/MetricReportPage.vue')),
          lazy(() => import('@/features/reports/MobileMetricReportPage.vue')),
        ),
        props: { kind: 'performance' },
        meta: { titleKey: 'nav.performance', requires: ['report.view'] },
      },
      {
        path: 'reports/work',
        name: 'workReport',
        component: responsive(
          lazy(() => import('@/features/reports/MetricReportPage.vue')),
          lazy(() => import('@/features/reports/MobileMetricReportPage.vue')),
        ),
        props: { kind: 'work' },
        meta: { titleKey: 'nav.workReport', requires: ['report.view'] },
      },
      {
        // The phone's 排行榜: people ranked by one sales metric (the desktop shows 业绩对比).
        path: 'reports/ranking',
        name: 'ranking',
        component: responsive(
          lazy(() => import('@/features/reports/MetricReportPage.vue')),
          lazy(() => import('@/features/reports/MobileMetricReportPage.vue')),
        ),
        props: { kind: 'ranking' },
        meta: { titleKey: 'nav.ranking', requires: ['report.view'] },
      },
      {
        // 客户分布: the customers in scope by one column, each value drilling into the customer list.
        path: 'reports/customers',
        name: 'customerReport',
        component: responsive(
          lazy(() => import('@/features/reports/CustomerDistributionPage.vue')),
          lazy(() => import('@/features/reports/MobileCustomerDistributionPage.vue')),
        ),
        meta: { titleKey: 'nav.customerReport', requires: ['report.view'] },
      },
      {
        path: 'reports/records',
        name: 'reportRecords',
        component: responsive(
          lazy(() => import('@/features/reports/RecordsPage.vue')),
          lazy(() => import('@/features/reports/MobileRecordsPage.vue')),
        ),
        meta: { titleKey: 'nav.reportRecords', requires: ['report.view'] },
      },
      {
        // 目标设置: everyone with target.view reads the sheet; target.configure edits it.
        path: 'targets',
        name: 'targetSettings',
        component: () => import('@/features/reports/TargetsPage.vue'),
        meta: { titleKey: 'nav.targetSettings', requires: ['target.view'] },
      },
      {
        path: 'leads/mine',
        name: 'myLeads',
        component: responsive(
          lazy(() => import('@/features/leads/LeadsPage.vue')),
          lazy(() => import('@/features/leads/MobileLeadsPage.vue')),
        ),
        meta: { titleKey: 'nav.myLeads', requires: ['lead.view'] },
      },
      {
        path: 'leads',
        name: 'leads',
        component: responsive(
          lazy(() => import('@/features/leads/LeadsPage.vue')),
          lazy(() => import('@/features/leads/MobileLeadsPage.vue')),
        ),
        meta: { titleKey: 'nav.allLeads', requires: ['lead.view'] },
      },
      {
        path: 'leads/pool',
        name: 'leadPool',
        component: responsive(
          lazy(() => import('@/features/leads/LeadPoolPage.vue')),
          lazy(() => import('@/features/leads/MobileLeadsPage.vue')),
        ),
        meta: { titleKey: 'nav.leadPool', requires: ['lead.view', 'pool.view'] },
      },
      {
        // The phone's quick create (two fields); the desktop creates leads in a dialog.
        path: 'leads/new',
        name: 'leadCreate',
        component: () => import('@/features/leads/MobileLeadCreatePage.vue'),
        meta: { titleKey: 'lead.create', requires: ['lead.create'] },
      },
      {
        // 渠道分析: the chart and the table; drills down to the leads list.
        path: 'leads/analysis',
        name: 'leadAnalysis',
        component: () => import('@/features/leads/ChannelAnalysisPage.vue'),
        meta: { titleKey: 'nav.leadAnalysis', requires: ['lead.view'] },
      },
      {
        path: 'leads/settings',
        name: 'leadSettings',
        component: () => import('@/features/leads/LeadSettingsPage.vue'),
        meta: { titleKey: 'nav.leadSettings', requires: ['lead.view', 'pool.configure'] },
      },
      {
        path: 'leads/:id',
        name: 'leadDetail',
        component: responsive(
          lazy(() => import('@/features/leads/LeadDetailPage.vue')),
          lazy(() => import('@/features/leads/MobileLeadDetailPage.vue')),
        ),
        meta: { titleKey: 'nav.leadDetail', requires: ['lead.view'] },
      },
      {
        path: 'opportunities/mine',
        name: 'myDeals',
        component: responsive(
          lazy(() => import('@/features/deals/OpportunitiesPage.vue')),
          lazy(() => import('@/features/deals/MobileOpportunitiesPage.vue')),
        ),
        meta: { titleKey: 'nav.myDeals', requires: ['opportunity.view'] },
      },
      {
        path: 'opportunities',
        name: 'deals',
        component: responsive(
          lazy(() => import('@/features/deals/OpportunitiesPage.vue')),
          lazy(() => import('@/features/deals/MobileOpportunitiesPage.vue')),
        ),
        meta: { titleKey: 'nav.allDeals', requires: ['opportunity.view'] },
      },
      {
        // 销售漏斗 and the forecast; every number drills down to the list.
        path: 'opportunities/funnel',
        name: 'dealFunnel',
        component: () => import('@/features/deals/FunnelPage.vue'),
        meta: { titleKey: 'nav.dealFunnel', requires: ['opportunity.view'] },
      },
      {
        // The phone's quick create; the desktop creates opportunities in a dialog.
        path: 'opportunities/new',
        name: 'dealCreate',
        component: () => import('@/features/deals/MobileOpportunityCreatePage.vue'),
        meta: { titleKey: 'nav.dealCreate', requires: ['opportunity.create'] },
      },
      {
        path: 'opportunities/:id',
        name: 'dealDetail',
        component: responsive(
          lazy(() => import('@/features/deals/OpportunityDetailPage.vue')),
          lazy(() => import('@/features/deals/MobileOpportunityDetailPage.vue')),
        ),
        meta: { titleKey: 'nav.dealDetail', requires: ['opportunity.view'] },
      },
      {
        // 审批: the inbox (待我审批 / 我已审批 / 我发起的).
        path: 'approvals',
        name: 'approvals',
        component: responsive(
          lazy(() => import('@/features/approvals/ApprovalsPage.vue')),
          lazy(() => import('@/features/approvals/MobileApprovalsPage.vue')),
        ),
        meta: { titleKey: 'nav.approvals' },
      },
      {
        // 发起报销 / 发起请假 (?type=expense|leave).
        path: 'approvals/new',
        name: 'approvalCreate',
        component: responsive(
          lazy(() => import('@/features/approvals/NewRequestPage.vue')),
          lazy(() => import('@/features/approvals/MobileNewRequestPage.vue')),
        ),
        meta: { titleKey: 'nav.approvalCreate' },
      },
      {
        path: 'approvals/:id',
        name: 'approvalDetail',
        component: responsive(
          lazy(() => import('@/features/approvals/ApprovalDetailPage.vue')),
          lazy(() => import('@/features/approvals/MobileApprovalDetailPage.vue')),
        ),
        meta: { titleKey: 'nav.approvalDetail' },
      },
      {
        path: 'settings/approval-flows',
        name: 'approvalFlows',
        component: () => import('@/features/approvals/ApprovalFlowsPage.vue'),
        meta: { titleKey: 'nav.approvalFlows', requires: ['settings.configure'] },
      },
      {
        path: 'contracts/mine',
        name: 'myContracts',
        component: responsive(
          lazy(() => import('@/features/contracts/ContractsPage.vue')),
          lazy(() => import('@/features/contracts/MobileContractsPage.vue')),
        ),
        meta: { titleKey: 'nav.myContracts', requires: ['contract.view'] },
      },
      {
        path: 'contracts',
        name: 'contracts',
        component: responsive(
          lazy(() => import('@/features/contracts/ContractsPage.vue')),
          lazy(() => import('@/features/contracts/MobileContractsPage.vue')),
        ),
        meta: { titleKey: 'nav.contracts', requires: ['contract.view'] },
      },
      {
        // The phone's create page; the desktop creates contracts in a dialog.
        path: 'contracts/new',
        name: 'contractCreate',
        component: () => import('@/features/contracts/MobileContractCreatePage.vue'),
        meta: { titleKey: 'contract.create', requires: ['contract.create'] },
      },
      {
        path: 'contracts/:id',
        name: 'contractDetail',
        component: responsive(
          lazy(() => import('@/features/contracts/ContractDetailPage.vue')),
          lazy(() => import('@/features/contracts/MobileContractDetailPage.vue')),
        ),
        meta: { titleKey: 'nav.contractDetail', requires: ['contract.view'] },
      },
      {
        path: 'receipts',
        name: 'receipts',
        component: () => import('@/features/contracts/ReceiptsPage.vue'),
        meta: { titleKey: 'nav.receipts', requires: ['payment.view'] },
      },
      {
        // 应收 with the ageing; a bucket drills down to the list (?bucket=).
        path: 'receivables',
        name: 'receivables',
        component: () => import('@/features/contracts/ReceivablesPage.vue'),
        meta: { titleKey: 'nav.receivables', requires: ['payment.view'] },
      },
      {
        path: 'invoices',
        name: 'invoices',
        component: () => import('@/features/contracts/InvoicesPage.vue'),
        meta: { titleKey: 'nav.invoices', requires: ['payment.view'] },
      },
      {
        path: 'settings/products',
        name: 'products',
        component: () => import('@/features/products/ProductsPage.vue'),
        meta: { titleKey: 'nav.products', requires: ['settings.configure', 'contract.view'] },
      },
      {
        path: 'settings/contracts',
        name: 'contractSettings',
        component: () => import('@/features/contracts/ContractSettingsPage.vue'),
        meta: { titleKey: 'nav.contractSettings', requires: ['settings.configure', 'contract.view'] },
      },
      {
        path: 'settings/sales-processes',
        name: 'salesProcesses',
        component: () => import('@/features/deals/SalesProcessesPage.vue'),
        meta: { titleKey: 'nav.salesProcesses', requires: ['settings.configure', 'opportunity.view'] },
      },
      {
        // 通用设置: the daily reveal quota and the map tiles.
        path: 'settings/general',
        name: 'generalSettings',
        component: () => import('@/features/settings/GeneralSettingsPage.vue'),
        meta: { titleKey: 'nav.generalSettings', requires: ['settings.configure'] },
      },
      {
        path: 'settings/webhooks',
        name: 'webhooks',
        component: () => import('@/features/settings/WebhooksPage.vue'),
        meta: { titleKey: 'nav.webhooks', requires: ['settings.configure'] },
      },
      {
        // 回收站: deleted records of every kind, restore or purge (administrators).
        path: 'settings/recycle-bin',
        name: 'recycleBin',
        component: responsive(
          lazy(() => import('@/features/settings/RecycleBinPage.vue')),
          lazy(() => import('@/features/settings/MobileRecycleBinPage.vue')),
        ),
        meta: { titleKey: 'nav.recycleBin', requires: ['settings.configure'] },
      },
      {
        // 自定义字段: the fields of customers and leads and each department's form layout.
        path: 'settings/custom-fields',
        name: 'customFields',
        component: responsive(
          lazy(() => import('@/features/settings/CustomFieldsPage.vue')),
          lazy(() => import('@/features/settings/MobileCustomFieldsPage.vue')),
        ),
        meta: { titleKey: 'nav.customFields', requires: ['settings.configure'] },
      },
      {
        // 审计日志: who did what, when, from where (org.view; the server also wants scope all).
        path: 'settings/audit',
        name: 'auditLog',
        component: responsive(
          lazy(() => import('@/features/settings/AuditLogPage.vue')),
          lazy(() => import('@/features/settings/MobileAuditLogPage.vue')),
        ),
        meta: { titleKey: 'nav.auditLog', requires: ['org.view'] },
      },
      {
        path: 'pool',
        name: 'pool',
        component: responsive(
          lazy(() => import('@/features/pools/PoolPage.vue')),
          lazy(() => import('@/features/pools/MobilePoolPage.vue')),
        ),
        meta: { titleKey: 'nav.pool', requires: ['pool.view'], tab: true },
      },
      {
        path: 'pool/settings',
        name: 'poolSettings',
        component: () => import('@/features/pools/PoolSettingsPage.vue'),
        meta: { titleKey: 'nav.poolSettings', requires: ['pool.configure'] },
      },
      {
        path: 'org/departments',
        name: 'departments',
        component: responsive(
          lazy(() => import('@/features/org/departments/DepartmentsPage.vue')),
          lazy(() => import('@/features/org/departments/MobileDepartmentsPage.vue')),
        ),
        meta: { titleKey: 'nav.departments', requires: ['org.view'] },
      },
      {
        path: 'org/users',
        name: 'users',
        component: responsive(
          lazy(() => import('@/features/org/users/UsersPage.vue')),
          lazy(() => import('@/features/org/users/MobileUsersPage.vue')),
        ),
        meta: { titleKey: 'nav.users', requires: ['org.view'] },
      },
      {
        path: 'org/roles',
        name: 'roles',
        component: () => import('@/features/org/roles/RolesPage.vue'),
        meta: { titleKey: 'nav.roles', requires: ['org.view'] },
      },
      {
        path: 'forbidden',
        name: 'forbidden',
        component: () => import('./ForbiddenPage.vue'),
        meta: { titleKey: 'common.noPermission' },
      },
    ],
  },
  { path: '/:pathMatch(.*)*', redirect: { name: 'home' } },
]

export const router = createRouter({
  history: createWebHistory(),
  routes,
})

installGuards(router)
installPrefetch(router, () => useSessionStore().loggedIn)
