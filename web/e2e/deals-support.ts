// Helpers of the opportunity journeys: the demo's 新签销售流程 (初步接洽 → 需求确认, which needs
// 预算 (money) and 决策人 (text) before it may be left → 方案报价 → …) and a fresh opportunity of
// the signed-in rep in a chosen stage, so each run moves its own opportunity.
import { expect, type Page } from '@playwright/test'
import { apiGet, apiSend, login, pickOwnCustomer, uniqueSuffix } from './support'

export const DEMO_PROCESS = '新签销售流程'

export interface StageLite {
  id: string
  kind: string
  position: number
  name: string
  feedbackFields: { key: string; label: string; type: string; required: boolean }[]
}

export interface ProcessLite {
  id: string
  name: string
  stages: StageLite[]
}

export interface OpportunityLite {
  id: string
  name: string
  stageId: string
  version: number
}

export interface StageChangeLite {
  fromName: string
  toName: string
  feedback: Record<string, string | number>
}

export async function demoProcess(page: Page): Promise<ProcessLite> {
  const answer = await apiGet<{ items: ProcessLite[] }>(page, '/sales-processes')
  const process = answer.items.find((p) => p.name === DEMO_PROCESS)
  expect(process, `the demo process ${DEMO_PROCESS}`).toBeTruthy()
  return process!
}

export function stageNamed(process: ProcessLite, name: string): StageLite {
  const stage = process.stages.find((s) => s.name === name)
  expect(stage, `stage ${name} of ${process.name}`).toBeTruthy()
  return stage!
}

/** The key of a feedback field by its label (the demo names them 预算 and 决策人). */
export function fieldKey(stage: StageLite, label: string): string {
  const field = stage.feedbackFields.find((f) => f.label === label)
  expect(field, `feedback field ${label} of ${stage.name}`).toBeTruthy()
  expect(field!.required).toBe(true)
  return field!.key
}

/** A new opportunity of the signed-in user on one of their customers, in `stage`. */
export async function freshOpportunity(page: Page, process: ProcessLite, stage: StageLite, amountFen = 880000): Promise<OpportunityLite> {
  const customer = await pickOwnCustomer(page)
  return apiSend<OpportunityLite>(page, 'POST', '/opportunities', {
    customerId: customer.id,
    name: `E2E 商机 ${uniqueSuffix()}`,
    amountFen,
    processId: process.id,
    stageId: stage.id,
  })
}

export async function opportunity(page: Page, id: string): Promise<OpportunityLite> {
  return apiGet<OpportunityLite>(page, `/opportunities/${id}`)
}

export async function latestChange(page: Page, id: string): Promise<StageChangeLite> {
  const history = await apiGet<{ items: StageChangeLite[] }>(page, `/opportunities/${id}/history`)
  expect(history.items.length).toBeGreaterThan(0)
  return history.items[history.items.length - 1]
}

export interface NeedsSetup {
  process: ProcessLite
  needs: StageLite
  budgetKey: string
  deciderKey: string
  created: OpportunityLite
}

/** Signed in as rep01 with a fresh opportunity in `start` (需求确认 unless named otherwise). */
export async function repWithFreshOpportunity(page: Page, start = '需求确认'): Promise<NeedsSetup> {
  await login(page, 'rep01')
  const process = await demoProcess(page)
  const needs = stageNamed(process, '需求确认')
  const created = await freshOpportunity(page, process, stageNamed(process, start))
  return { process, needs, budgetKey: fieldKey(needs, '预算'), deciderKey: fieldKey(needs, '决策人'), created }
}
