import { expect, test } from '@playwright/test'
import { ELEMENT_PLUS, localeTables, recordDownloads } from './bundle-support'

// The counterpart of mobile.bundle.spec.ts: the desktop does load the element-plus chunk (so the
// name the phone test looks for is the real one) and, it too, one language table.
test.use({ serviceWorkers: 'block' })

test('desktop: the login page loads the element-plus chunk and one language table', async ({ page }) => {
  const downloads = recordDownloads(page)
  await page.goto('/login')
  await expect(page.getByTestId('login-submit')).toBeVisible()
  expect(downloads.urls.filter((u) => ELEMENT_PLUS.test(u) && u.endsWith('.js'))).toHaveLength(1)
  expect(downloads.urls.filter((u) => ELEMENT_PLUS.test(u) && u.endsWith('.css'))).toHaveLength(1)
  expect(localeTables(downloads)).toEqual(['zh-CN'])
})
