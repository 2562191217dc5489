import { expect, test } from '@playwright/test'
import { adminSession, apiAs } from './approvals-support'
import { login, todayInShanghai, uniqueSuffix } from './support'
import { cellValue, putTargets, sheet, splitEven, xlsxText, yuan } from './targets-support'

// Targets and reports on the desktop (docs/api-targets.md): the admin sets next year's company
// contract target in the sheet, splits it into months, splits January of 北京一组 over its members
// and sees the sheet flag a team target its members do not add up to; a manager drills from their
// attainment down to one rep's records and exports them.

test.describe('desktop: targets and reports', () => {
  test('the admin sets a yearly company target and splits it to months and to a team’s reps', async ({ page, baseURL }) => {
    const admin = await adminSession(baseURL!)
    const year = Number(todayInShanghai().slice(0, 4)) + 1
    const january = `${year}-01`
    const yearFen = 120_000_000 // ¥1,200,000.00
    // A run again starts from no company year target and no January target of 北京一组.
    const before = await sheet(admin, 'contractAmountFen', year)
    const team = before.assignees.find((a) => a.assigneeType === 'department' && a.name === '北京一组')!
    const stale = [
      { period: String(year), assigneeType: 'company', assigneeId: null },
      { period: january, assigneeType: 'department', assigneeId: team.assigneeId },
    ].filter((c) => cellValue(before, c.period, c.assigneeType, c.assigneeId) !== null)
    if (stale.length) await putTargets(admin, 'contractAmountFen', stale.map((c) => ({ ...c, value: null })))
    await login(page)

    await page.getByText('报表', { exact: true }).click()
    await page.getByTestId('menu-targetSettings').click()
    await expect(page).toHaveURL(/\/targets$/)
    await page.getByTestId('targets-year').click()
    await page.getByRole('option', { name: String(year), exact: true }).click()
    const company = page.locator('[data-testid="targets-row-company:"]')
    const yearCell = company.locator(`[data-testid=targets-cell][data-period="${year}"]`)
    await yearCell.fill('1200000')
    await yearCell.press('Tab')
    await expect(page.getByTestId('targets-pending')).toHaveText('1 处未保存')
    await page.getByTestId('targets-save').click()
    await expect(page.getByTestId('targets-pending')).toBeHidden()
    expect(cellValue(await sheet(admin, 'contractAmountFen', year), String(year), 'company', null)).toBe(yearFen)

    // 分解 over time: the company's year into months, evenly; the total starts as the year's target.
    await page.getByTestId('targets-decompose').click()
    const dialog = page.getByTestId('decompose-dialog')
    await expect(dialog.getByTestId('decompose-total')).toHaveValue('1200000')
    await dialog.getByTestId('decompose-preview-button').click()
    const months = splitEven(yearFen, 12)
    await expect(dialog.getByTestId('decompose-part-value')).toHaveText(months.map(yuan))
    await dialog.getByTestId('decompose-apply').click()
    await expect(dialog).toBeHidden()
    const afterMonths = await sheet(admin, 'contractAmountFen', year)
    for (let m = 1; m <= 12; m++) {
      expect(cellValue(afterMonths, `${year}-${String(m).padStart(2, '0')}`, 'company', null)).toBe(months[m - 1])
    }
    await expect(company.locator(`[data-testid=targets-cell][data-period="${year}-12"]`)).toHaveValue(String(months[11] / 100))

    // 分解 over people: January of 北京一组 over its direct members, in the sheet's order.
    const members = afterMonths.assignees.filter((a) => a.assigneeType === 'user' && a.departmentId === team.assigneeId)
    expect(members.length).toBeGreaterThan(1)
    const teamFen = 10_000_000 // ¥100,000.00
    const parts = splitEven(teamFen, members.length)
    await page.getByTestId('targets-decompose').click()
    await dialog.getByTestId('decompose-mode').getByText('按人员').click()
    await dialog.getByTestId('decompose-period').click()
    await page.getByRole('option', { name: january, exact: true }).click()
    await dialog.getByTestId('decompose-department').click()
    await page.getByRole('option', { name: '北京一组', exact: true }).click()
    await dialog.getByTestId('decompose-into-people').getByText('直属成员').click()
    await dialog.getByTestId('decompose-total').fill('100000')
    await dialog.getByTestId('decompose-preview-button').click()
    await expect(dialog.getByTestId('decompose-part-value')).toHaveText(parts.map(yuan))
    await dialog.getByTestId('decompose-apply').click()
    await expect(dialog).toBeHidden()
    const afterPeople = await sheet(admin, 'contractAmountFen', year)
    members.forEach((m, i) => expect(cellValue(afterPeople, january, 'user', m.assigneeId)).toBe(parts[i]))

    // A team target its members do not add up to is red, and says by how much.
    const teamRow = page.locator(`[data-testid="targets-row-department:${team.assigneeId}"]`)
    await teamRow.locator(`[data-testid=targets-cell][data-period="${january}"]`).fill('90000')
    await teamRow.locator(`[data-testid=targets-cell][data-period="${january}"]`).press('Tab')
    await page.getByTestId('targets-save').click()
    const flagged = teamRow.locator(`td[data-period="${january}"]`)
    await expect(flagged).toHaveAttribute('data-flagged', 'true')
    await flagged.getByTestId('targets-flag').hover()
    await expect(page.getByRole('tooltip').filter({ hasText: '子项合计' })).toHaveText(`子项合计 ${yuan(teamFen)} ≠ ${yuan(9_000_000)}`)
    const flags = (await sheet(admin, 'contractAmountFen', year)).flags
    expect(flags).toContainEqual({ kind: 'children_sum', period: january, assigneeType: 'department', assigneeId: team.assigneeId, expected: 9_000_000, actual: teamFen })
  })

  test('a locked period refuses changes, says which, and the change log records the lock', async ({ page, baseURL }) => {
    const admin = await adminSession(baseURL!)
    // Last year: the other journeys write next year's months, which a lock would refuse.
    const year = Number(todayInShanghai().slice(0, 4)) - 1
    const december = `${year}-12`
    const november = `${year}-11`
    // A run again starts with both months open.
    for (const period of [december, november]) await admin.api.delete(`/api/v1/targets/locks/${period}`)
    await login(page)
    await page.goto('/targets')
    await page.getByTestId('targets-metric').click()
    await page.getByRole('option', { name: '拜访次数', exact: true }).click()
    await page.getByTestId('targets-year').click()
    await page.getByRole('option', { name: String(year), exact: true }).click()
    const company = page.locator('[data-testid="targets-row-company:"]')

    // Locking through the sheet asks first, then the column takes no input.
    await page.getByTestId(`targets-lock-${december}`).click()
    await page.locator('.el-message-box').getByRole('button', { name: '锁定' }).click()
    await expect(page.getByTestId(`targets-lock-${december}`)).toHaveAttribute('data-locked', 'true')
    await expect(company.locator(`[data-testid=targets-cell][data-period="${december}"]`)).toHaveCount(0)

    // Someone locks November while this sheet is open: the save is refused and names the month.
    const cell = company.locator(`[data-testid=targets-cell][data-period="${november}"]`)
    await cell.fill(String(Math.floor(Math.random() * 900) + 100))
    await cell.press('Tab')
    const locked = await admin.api.put(`/api/v1/targets/locks/${november}`)
    expect(locked.status()).toBe(204)
    await page.getByTestId('targets-save').click()
    await expect(page.locator('.el-message--error')).toHaveText(`${november} 已锁定，不能修改`)

    // The change log names both locks, newest first.
    await page.getByTestId('targets-changes').click()
    const rows = page.getByTestId('target-changes').locator('tbody tr')
    for (const [i, period] of [november, december].entries()) {
      await expect(rows.nth(i)).toContainText(`${period} · 锁定`)
      await expect(rows.nth(i).getByTestId('target-change')).toHaveText('未锁定 → 已锁定')
    }
  })

  test('a manager drills from the attainment to one rep’s records and exports them', async ({ page, baseURL }) => {
    // The rep's follow-up this month is a record behind their number.
    const rep = await apiAs(baseURL!, 'rep01')
    const mine = await rep.get<{ items: { id: string }[] }>('/customers?mine=true&limit=1')
    const text = `E2E 目标达成跟进 ${uniqueSuffix()}`
    await rep.post(`/customers/${mine.items[0].id}/follow-ups`, { text, type: 'call' })

    await login(page, 'huabei')
    // Without targets of their own, the home ring is the department's contract target.
    const region = await apiAs(baseURL!, 'huabei')
    const att = await region.get<{ total: { actual: number; target: number | null } }>('/targets/attainment?metric=contractAmountFen')
    const ring = page.getByTestId('home-target-department')
    await expect(ring).toContainText('华北大区')
    const yuan = (fen: number) => `¥${(fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`
    await expect(ring.getByTestId('home-target-numbers')).toHaveText(`${yuan(att.total.actual)} / ${yuan(att.total.target ?? 0)}`)
    await page.getByText('报表', { exact: true }).click()
    await page.getByTestId('menu-attainment').click()
    await page.getByTestId('attainment-metric').click()
    await page.getByRole('option', { name: '跟进次数', exact: true }).click()
    await expect(page).toHaveURL(/\/reports\/attainment\?metric=followUps$/)
    // A manager starts at their own department.
    await expect(page.getByTestId('report-crumb-current')).toHaveText('华北大区')
    await expect(page.getByTestId('attainment-chart')).toBeVisible()
    await expect(page.getByTestId('report-moved-note')).toHaveText('人员调动部门后，业绩留在取得时所在的部门：调动当天起计入新部门')

    await page.locator('[data-testid=attainment-row][data-name=北京一组]').click()
    await expect(page.getByTestId('report-crumb-current')).toHaveText('北京一组')
    await expect(page).toHaveURL(/departmentId=/)
    // The filters live in the URL: a reload shows the same level.
    await page.reload()
    await expect(page.getByTestId('report-crumb-current')).toHaveText('北京一组')

    await page.locator('[data-testid=attainment-row][data-name=马超]').click()
    await expect(page).toHaveURL(new RegExp(`/reports/records\\?.*userId=${rep.user.id}`))
    await expect(page.getByTestId('records').locator('.page-title')).toHaveText('马超的跟进次数')
    await expect(page.getByTestId('records-table').locator('tbody tr').first()).toContainText(text)

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('records-export').click()])
    const cells = await xlsxText(download)
    expect(cells.some((c) => c.includes(text))).toBe(true)
  })
})
