// Browser journeys against a running Quanke server (which serves web/dist itself).
//   QUANKE_BASE_URL       server address (default http://127.0.0.1:8080)
//   QUANKE_DEMO_PASSWORD  password of the demo tenant's admin (default demo123456)
// Uses Debian's Chromium: browsers cannot be downloaded here.
import { defineConfig, devices } from '@playwright/test'

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
]

const launchOptions = {
  executablePath: process.env.QUANKE_CHROMIUM ?? '/usr/bin/chromium',
  args: chromiumArgs,
}

export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: process.env.QUANKE_BASE_URL ?? 'http://127.0.0.1:8080',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    screenshot: 'only-on-failure',
    trace: 'off',
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
  },
  projects: [
    {
      name: 'desktop',
      testMatch: /desktop\..*spec\.ts/,
      use: { browserName: 'chromium', viewport: { width: 1366, height: 860 }, launchOptions },
    },
    {
      name: 'mobile',
      testMatch: /mobile\..*spec\.ts/,
      use: {
        browserName: 'chromium',
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        userAgent: devices['iPhone 13'].userAgent,
        launchOptions,
      },
    },
  ],
})
