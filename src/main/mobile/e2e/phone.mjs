// What the phone journeys (journeys.mjs, work-journeys.mjs) share: their settings from the
// environment, Debian's headless Chromium (never a downloaded one), a cheap Android phone in WeChat's
// browser on which any page error or CSP refusal is recorded, and the few gestures every page needs.
import { chromium } from 'playwright-core'

/** A setting from the environment; without it and without a fallback, the run stops and says which. */
export const env = (name, fallback) => {
  const value = process.env[name] ?? fallback
  if (!value) throw new Error(`${name} is not set`)
  return value
}

export const MOBILE = env('MOBILE_URL').replace(/\/?$/, '/')
export const SCREENS = env('SCREENS')
export const STATE_DIR = env('STATE_DIR', SCREENS)

const WECHAT_UA = 'Mozilla/5.0 (Linux; Android 10; Redmi 8A) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 '
  + 'Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5023 MMWEBSDK/20230202 MicroMessenger/8.0.33.2320(0x28002151) '
  + 'WeChat/arm64 Weixin NetType/4G Language/zh_CN ABI/arm64'

export const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
})

/** A cheap Android phone in WeChat's browser; its page errors and CSP refusals collect in page.problems. */
export async function phone(options = {}) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, userAgent: WECHAT_UA,
    locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...options,
  })
  const page = await context.newPage()
  page.problems = []
  page.on('pageerror', (e) => page.problems.push(String(e)))
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/.test(m.text())) page.problems.push(m.text())
  })
  return page
}

export const shot = (page, name) => page.screenshot({ path: `${SCREENS}/${name}.png`, fullPage: true })

/** The confirm button of the uni.showModal box on screen (同意, 确定注销, …). */
export async function confirm(page, text) {
  const button = page.locator('.uni-modal__btn_primary:visible', text ? { hasText: text } : {})
  await button.waitFor()
  await button.click()
  await button.waitFor({ state: 'hidden' })
}

/** The phone's network as CDP emulates it (slow 3G, offline); the session, to change it later. */
export async function throttle(page, conditions) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1, ...conditions })
  return cdp
}

export const field = (page, test) => page.locator(`[data-test=${test}] input, [data-test=${test}] textarea`).first()
export const opened = (page, route) => page.waitForURL(new RegExp(`/m/${route}`))
