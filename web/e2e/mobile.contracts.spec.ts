import { expect, test } from '@playwright/test'
import { login, uniqueSuffix } from './support'
import { contract, daysFromToday, yuan, yuanText } from './contracts-support'

// Contracts on a 390×844 phone (docs/api-contracts.md): a rep opens 我的合同 from the home page,
// creates a contract for one of their customers with a product line and a one-instalment plan,
// and submits it for approval.

test.describe('phone: contracts', () => {
  test('a rep submits a contract on the phone', async ({ page }) => {
    await login(page, 'rep01')
    const name = `E2E 手机合同 ${uniqueSuffix()}`

    await page.goto('/')
    await page.getByTestId('home-contracts-entry').click()
    await expect(page.getByTestId('mobile-contracts')).toBeVisible()
    await page.getByTestId('mobile-contract-create').click()
    const form = page.getByTestId('mobile-contract-create-page')
    await expect(form).toBeVisible()

    const customerOption = form.getByTestId('mobile-contract-customer-option').first()
    await expect(customerOption).toBeVisible()
    const customerName = (await customerOption.locator('.van-cell__title').textContent())?.trim() ?? ''
    await customerOption.click()
    await expect(form.getByTestId('mobile-contract-customer').locator('input')).toHaveValue(customerName)
    await form.getByTestId('mobile-contract-name').locator('input').fill(name)

    // A product from the search: its list price is the unit price; the total follows.
    await form.getByTestId('mobile-contract-product-search').locator('input').click()
    const productOption = form.getByTestId('mobile-contract-product-option').first()
    await expect(productOption).toBeVisible()
    await productOption.click()
    await expect(form.getByTestId('mobile-contract-item')).toHaveCount(1)
    const unitText = await form.getByTestId('mobile-contract-item-unit').inputValue()
    const [whole, cents = ''] = unitText.split('.')
    const totalFen = Number(whole) * 100 + Number(cents.padEnd(2, '0'))
    await expect(form.getByTestId('mobile-contract-total-fen')).toContainText(yuan(totalFen))

    await form.getByTestId('mobile-plan-add').click()
    await form.getByTestId('mobile-plan-due').fill(daysFromToday(45))
    await form.getByTestId('mobile-plan-amount').fill(yuanText(totalFen))
    await form.getByTestId('mobile-contract-end').fill(daysFromToday(365))

    await form.getByTestId('mobile-contract-submit').click()
    await expect(page).toHaveURL(/\/contracts\/\d+/)
    await expect(page.getByTestId('contract-title')).toHaveText(name)
    const id = page.url().split('/contracts/')[1].split(/[?#]/)[0]

    const saved = await contract(page, id)
    expect(saved.customerName).toBe(customerName)
    expect(saved.totalFen).toBe(totalFen)
    expect(saved.items).toHaveLength(1)
    expect(saved.instalments.map((i) => [i.dueDate, i.amountFen])).toEqual([[daysFromToday(45), totalFen]])
    expect(['pending', 'active']).toContain(saved.status)
    await expect(page.getByTestId('contract-status')).toHaveAttribute('data-status', saved.status)
    if (saved.status === 'pending') await expect(page.getByTestId('contract-approval-status')).toHaveAttribute('data-status', 'pending')
  })
})
