// An approval detail for the unit tests: a contract, step 1 (department head, any) approved with a
// skipped level, step 2 (finance, all) waiting on two approvers of whom one approved.
import type { ApprovalDetail } from '@/api/approvals'

export function detail(extra: Partial<ApprovalDetail> = {}): ApprovalDetail {
  return {
    id: '40',
    subjectType: 'contract',
    subjectId: '7',
    title: '合同 HT202612060001 年度服务',
    amountFen: 12_345_678,
    applicantId: '3',
    applicantName: '王小明',
    departmentId: '2',
    status: 'pending',
    flowId: '5',
    flowName: '合同审批',
    currentStep: 1,
    createdAt: '2026-12-06T01:00:00Z',
    decidedAt: null,
    waitingOn: [{ userId: '9', name: '钱财务' }],
    steps: [
      {
        name: '部门主管',
        mode: 'any',
        state: 'approved',
        approvers: [
          { userId: '8', name: '李主管', state: 'approved', comment: '同意', actedAt: '2026-12-06T02:00:00Z' },
          { userId: '10', name: '赵主管', state: 'cancelled', comment: '', actedAt: null },
        ],
        note: '第 1 级没有主管，已跳到上一级',
      },
      {
        name: '财务会签',
        mode: 'all',
        state: 'pending',
        approvers: [
          { userId: '11', name: '孙会计', state: 'approved', comment: '', actedAt: '2026-12-06T03:00:00Z' },
          { userId: '9', name: '钱财务', state: 'pending', comment: '', actedAt: null },
        ],
        note: '',
      },
      { name: '总经理', mode: 'any', state: 'waiting', approvers: [{ userId: '1', name: '周总', state: 'waiting', comment: '', actedAt: null }], note: '' },
    ],
    history: [],
    subject: { type: 'contract', id: '7', title: '合同 HT202612060001 年度服务', link: '/contracts/7' },
    request: null,
    canApprove: true,
    canWithdraw: false,
    canComment: true,
    version: 4,
    ...extra,
  }
}
