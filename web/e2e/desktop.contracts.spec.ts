import { expect, test } from '@playwright/test'
import { login, pickOwnCustomer, uniqueSuffix } from './support'
import { activeOwedContract, contract, daysFromToday, fillDate, inputOf, onSaleProduct, receiptsOf, yuan, yuanText } from './contracts-support'

// Contracts on the desktop (docs/api-contracts.md): a rep creates a contract from the customer
// page with a product line sold below list and a two-instalment plan, and submits it; a manager
// records a receipt on an active contract and the customer page shows what is still owed; a
// receipt beyond what is owed is refused with the amount the server says may still be recorded.

test.describe('desktop: contracts', () => {
  test('a rep creates a contract with a product line and a plan, and submits it', async ({ page }) => {
    await login(page, 'rep01')
    const customer = await pickOwnCustomer(page)
    const product = await onSaleProduct(page)
    const name = `E2E 合同 ${uniqueSuffix()}`
    const quantity = 2
    const unitFen = product.listPriceFen - 100 // ¥1 below list per unit
    const totalFen = quantity * unitFen
    const firstFen = Math.floor(totalFen / 2)

    await page.goto(`/customers/${customer.id}?tab=contracts`)
    await page.getByTestId('customer-contract-create').click()
    const dialog = page.getByTestId('contract-dialog')
    await expect(dialog.getByTestId('contract-form-customer-name')).toHaveText(customer.name)
    await inputOf(dialog.getByTestId('contract-form-name')).fill(name)

    // The product picker adds a line at the list price; the unit price is then lowered.
    await dialog.getByTestId('contract-product-picker').click()
    await inputOf(dialog.getByTestId('contract-product-picker')).fill(product.code)
    await page.locator(`[data-testid=product-option][data-code="${product.code}"]`).click()
    const row = dialog.getByTestId('contract-item-row')
    await expect(row).toHaveCount(1)
    await expect(row.getByTestId('contract-item-list')).toHaveText(yuan(product.listPriceFen))
    await inputOf(row.getByTestId('contract-item-quantity')).fill(String(quantity))
    await inputOf(row.getByTestId('contract-item-quantity')).press('Tab')
    await inputOf(row.getByTestId('contract-item-unit')).fill(yuanText(unitFen))
    await expect(row.getByTestId('contract-item-total')).toHaveText(yuan(totalFen))
    await expect(dialog.getByTestId('contract-form-total-fen')).toHaveText(yuan(totalFen))

    // Two instalments that cover the total exactly: no mismatch flagged.
    await dialog.getByTestId('plan-add').click()
    await dialog.getByTestId('plan-add').click()
    const plan = dialog.getByTestId('plan-row')
    await fillDate(plan.nth(0).getByTestId('plan-row-due'), daysFromToday(30))
    await inputOf(plan.nth(0).getByTestId('plan-row-amount')).fill(yuanText(firstFen))
    await fillDate(plan.nth(1).getByTestId('plan-row-due'), daysFromToday(90))
    await inputOf(plan.nth(1).getByTestId('plan-row-amount')).fill(yuanText(totalFen - firstFen - 1))
    await expect(dialog.getByTestId('plan-sum')).toHaveAttribute('data-mismatch', '1')
    await inputOf(plan.nth(1).getByTestId('plan-row-amount')).fill(yuanText(totalFen - firstFen))
    await expect(dialog.getByTestId('plan-sum')).toHaveAttribute('data-mismatch', '0')

    await dialog.getByTestId('contract-form-submit').click()
    await expect(dialog).toBeHidden()
    await expect(page).toHaveURL(/\/contracts\/\d+/)
    await expect(page.getByTestId('contract-title')).toHaveText(name)
    const id = page.url().split('/contracts/')[1].split(/[?#]/)[0]

    // The server holds exactly what was typed, in fen, and the contract went to approval (or
    // straight to active when no flow applies).
    const saved = await contract(page, id)
    expect(saved.items).toHaveLength(1)
    expect(saved.items[0]).toMatchObject({ productId: product.id, quantity, listPriceFen: product.listPriceFen, unitPriceFen: unitFen, discountFen: 0, totalFen })
    expect(saved.totalFen).toBe(totalFen)
    expect(saved.instalments.map((i) => [i.dueDate, i.amountFen])).toEqual([
      [daysFromToday(30), firstFen],
      [daysFromToday(90), totalFen - firstFen],
    ])
    expect(['pending', 'active']).toContain(saved.status)
    if (saved.status === 'pending') {
      expect(saved.approvalStatus).toBe('pending')
      await expect(page.getByTestId('contract-approval-status')).toHaveAttribute('data-status', 'pending')
    }
    await expect(page.getByTestId('contract-status')).toHaveAttribute('data-status', saved.status)
    await expect(page.getByTestId('contract-total')).toHaveText(yuan(totalFen))
  })

  test('a receipt lowers what is owed, on the contract and on the customer page', async ({ page }) => {
    await login(page, 'admin')
    const before = await activeOwedContract(page)
    const amountFen = 100_01 // ¥100.01

    await page.goto(`/customers/${before.customerId}?tab=contracts`)
    const owedOnCustomer = page.getByTestId('customer-contracts-owed')
    await expect(owedOnCustomer).toBeVisible()
    const customerOwedBefore = Number(await owedOnCustomer.getAttribute('data-fen'))
    await expect(owedOnCustomer).toHaveText(yuan(customerOwedBefore))

    await page.goto(`/contracts/${before.id}`)
    await expect(page.getByTestId('contract-owed')).toHaveText(yuan(before.owedFen))
    await page.getByTestId('contract-receive').click()
    const dialog = page.getByTestId('receipt-dialog')
    await inputOf(dialog.getByTestId('receipt-form-amount')).fill(yuanText(amountFen))
    await dialog.getByTestId('receipt-form-save').click()
    await expect(dialog).toBeHidden()

    // Confirmed at once (no receipt approval flow in the demo), so it counts as received.
    const receipts = await receiptsOf(page, before.id)
    const mine = receipts.find((r) => r.amountFen === amountFen && r.status === 'confirmed')
    expect(mine, 'the receipt, confirmed').toBeTruthy()
    const after = await contract(page, before.id)
    expect(after.receivedFen).toBe(before.receivedFen + amountFen)
    expect(after.owedFen).toBe(before.owedFen - amountFen)
    await expect(page.getByTestId('contract-owed')).toHaveText(yuan(before.owedFen - amountFen))

    await page.goto(`/customers/${before.customerId}?tab=contracts`)
    await expect(page.getByTestId('customer-contracts-owed')).toHaveAttribute('data-fen', String(customerOwedBefore - amountFen))
    await expect(page.getByTestId('customer-contracts-owed')).toHaveText(yuan(customerOwedBefore - amountFen))
  })

  test('a receipt beyond what is owed is refused with what may still be recorded', async ({ page }) => {
    await login(page, 'admin')
    const c = await activeOwedContract(page)
    const receipts = await receiptsOf(page, c.id)
    // What the server counts against the total: pending and confirmed receipts.
    const recordable = c.totalFen - receipts.filter((r) => r.status === 'pending' || r.status === 'confirmed').reduce((n, r) => n + r.amountFen, 0)

    await page.goto(`/contracts/${c.id}`)
    await page.getByTestId('contract-receive').click()
    const dialog = page.getByTestId('receipt-dialog')
    await inputOf(dialog.getByTestId('receipt-form-amount')).fill(yuanText(recordable + 1))
    await dialog.getByTestId('receipt-form-save').click()
    await expect(dialog.getByTestId('receipt-form-error')).toContainText(`当前最多还能登记 ${yuan(recordable)}`)
    await expect(dialog).toBeVisible()
    expect(await receiptsOf(page, c.id)).toHaveLength(receipts.length)
    expect((await contract(page, c.id)).owedFen).toBe(c.owedFen)
  })
})
