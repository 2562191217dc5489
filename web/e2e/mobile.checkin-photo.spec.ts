import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { withExif } from './fixtures/exif-jpeg'
import { login } from './support'
import { CHECKIN_PHOTO, phoneAt, pickGeoCustomer, uniquePhoto, type GeoCustomer } from './visits-support'

// The check-in sends the photo's capture time from its EXIF (else the file's time) and says which
// it was; the server flags a photo taken long before the check-in ("old photo").

/** "2026:11:26 09:40:00" in Shanghai time, as a camera there writes DateTimeOriginal. */
function exifShanghai(at: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00'
  return `${get('year')}:${get('month')}:${get('day')} ${get('hour')}:${get('minute')}:${get('second')}`
}

/** A real JPEG (random pixels, so never a reused photo) drawn by the browser, with EXIF added. */
async function cameraJpeg(page: Page, takenAt: Date): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas')
    canvas.width = 64
    canvas.height = 48
    const ctx = canvas.getContext('2d')!
    for (let x = 0; x < 64; x += 8)
      for (let y = 0; y < 48; y += 8) {
        ctx.fillStyle = `hsl(${Math.floor(Math.random() * 360)}, 70%, 50%)`
        ctx.fillRect(x, y, 8, 8)
      }
    return canvas.toDataURL('image/jpeg', 0.9)
  })
  const jpeg = Buffer.from(dataUrl.split(',')[1], 'base64')
  const withTimes = withExif(jpeg, { dateTimeOriginal: exifShanghai(takenAt), offsetTimeOriginal: '+08:00' })
  return { name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(withTimes) }
}

async function startCheckIn(phone: Page, customer: GeoCustomer) {
  await phone.goto(`/visits/check-in?customerId=${customer.id}`)
  await expect(phone.getByTestId('checkin-page')).toBeVisible()
  const first = phone.getByTestId('checkin-nearby-item').first()
  await expect(first).toHaveAttribute('data-id', customer.id)
  await expect(first).toHaveClass(/picked/)
}

test.describe('mobile: check-in photo time', () => {
  test('a camera photo sends its EXIF capture time, shown on the check-in and on the customer', async ({ browser, page }) => {
    await login(page, 'rep01')
    const customer = await pickGeoCustomer(page)
    await page.close()
    const context = await phoneAt(browser, customer)
    const phone = await context.newPage()
    try {
      await login(phone, 'rep01')
      await startCheckIn(phone, customer)
      const takenAt = new Date(Date.now() - 3 * 60_000)
      await phone.getByTestId('checkin-photo-input').setInputFiles(await cameraJpeg(phone, takenAt))
      await expect(phone.getByTestId('checkin-photo')).toHaveAttribute('data-status', 'done')
      const time = phone.getByTestId('checkin-photo-time')
      await expect(time).toHaveAttribute('data-source', 'exif')
      await expect(time).toContainText('相机记录')
      await expect(time).toContainText(exifShanghai(takenAt).slice(11, 16))

      const sent = phone.waitForRequest((r) => r.url().endsWith('/api/v1/check-ins') && r.method() === 'POST')
      await phone.getByTestId('checkin-submit').click()
      const body = (await sent).postDataJSON() as { photoTakenAt: string; photoTimeSource: string }
      expect(body.photoTimeSource).toBe('exif')
      expect(Math.abs(Date.parse(body.photoTakenAt) - takenAt.getTime())).toBeLessThan(1000)
      await expect(phone.getByTestId('checkin-score')).toHaveText('已验证')
      await expect(phone.getByTestId('checkin-result-photo-time')).toContainText('相机记录')

      await phone.getByTestId('checkin-open-customer').click()
      await phone.getByRole('tab', { name: '拜访' }).click()
      const visit = phone.getByTestId('customer-visit').first()
      await expect(visit.getByTestId('checkin-photo-time')).toHaveAttribute('data-source', 'exif')
      await expect(visit.getByTestId('checkin-photo-time')).toContainText('相机记录')
      await phone.screenshot({ path: test.info().outputPath('customer-visit-photo-time.png') })
    } finally {
      await context.close()
    }
  })

  test('a photo without EXIF sends the file time; an old camera photo is flagged', async ({ browser, page }) => {
    await login(page, 'rep01')
    const customer = await pickGeoCustomer(page)
    await page.close()
    const context = await phoneAt(browser, customer)
    const phone = await context.newPage()
    try {
      await login(phone, 'rep01')
      await startCheckIn(phone, customer)
      // A PNG has no capture time: the file's time is used, and said to be so.
      await phone.getByTestId('checkin-photo-input').setInputFiles(uniquePhoto(readFileSync(CHECKIN_PHOTO)))
      await expect(phone.getByTestId('checkin-photo')).toHaveAttribute('data-status', 'done')
      await expect(phone.getByTestId('checkin-photo-time')).toHaveAttribute('data-source', 'file')
      await expect(phone.getByTestId('checkin-photo-time')).toContainText('文件时间')

      // Retake with a camera photo from two days ago: the old-photo signal fires.
      await phone.getByTestId('checkin-photo-input').setInputFiles(await cameraJpeg(phone, new Date(Date.now() - 2 * 86_400_000)))
      await expect(phone.getByTestId('checkin-photo')).toHaveAttribute('data-status', 'done')
      await expect(phone.getByTestId('checkin-photo-time')).toHaveAttribute('data-source', 'exif')
      await phone.getByTestId('checkin-submit').click()
      // Flag policy: saved as 可疑; block policy: refused. Either way with the photo-time reason.
      await expect(phone.getByTestId('checkin-reasons')).toContainText('照片拍摄时间')
    } finally {
      await context.close()
    }
  })
})
