// The demo's 新签销售流程 as unit tests use it (not part of the app bundle).
import type { FeedbackField, Opportunity, ProcessSummary, Stage } from '@/api/deals'

export function stage(id: string, kind: Stage['kind'], position: number, name: string, probability: number, feedbackFields: FeedbackField[] = []): Stage {
  return { id, kind, position, name, probability, guidanceDo: '', guidanceWatch: '', checklist: [], feedbackFields, inUse: 0 }
}

export const BUDGET: FeedbackField = { key: 'budget', label: '预算', type: 'money', required: true, options: [] }
export const DECIDER: FeedbackField = { key: 'decider', label: '决策人', type: 'text', required: true, options: [] }

export const CONTACT = stage('s1', 'open', 1, '初步接洽', 10)
export const NEEDS = stage('s2', 'open', 2, '需求确认', 30, [BUDGET, DECIDER])
export const QUOTE = stage('s3', 'open', 3, '方案报价', 50)
export const WON = stage('w', 'won', 100, '赢单', 100)
export const LOST = stage('l', 'lost', 101, '输单', 0)
export const INVALID = stage('i', 'invalid', 102, '无效', 0)

export function demoProcess(allowSkip = false): ProcessSummary {
  return {
    id: 'p1',
    name: '新签销售流程',
    allowSkip,
    lostReasons: ['价格太高', '选择了竞品'],
    invalidReasons: [],
    version: 3,
    // Deliberately not in position order: the helpers sort.
    stages: [QUOTE, CONTACT, NEEDS, WON, LOST, INVALID],
  }
}

export function opportunity(id: string, stageOf: Stage, amountFen: number): Opportunity {
  return {
    id,
    name: `商机 ${id}`,
    customerId: 'c1',
    customerName: '客户',
    contactId: null,
    contactName: null,
    amountFen,
    expectedCloseDate: null,
    processId: 'p1',
    processName: '新签销售流程',
    stageId: stageOf.id,
    stageName: stageOf.name,
    stageKind: stageOf.kind,
    stagePosition: stageOf.position,
    stageEnteredAt: '2026-12-01T00:00:00Z',
    probability: stageOf.probability,
    probabilitySet: false,
    status: stageOf.kind,
    closeReason: '',
    closedAt: null,
    leadId: null,
    competitors: [],
    notes: '',
    items: [],
    ownerId: 'u1',
    ownerName: '销售一',
    departmentId: 'd1',
    departmentName: '北京一组',
    lastActivityAt: '2026-12-01T00:00:00Z',
    stale: null,
    version: 1,
    createdBy: 'u1',
    createdAt: '2026-12-01T00:00:00Z',
    updatedAt: '2026-12-01T00:00:00Z',
  }
}
