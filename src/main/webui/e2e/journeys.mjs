// A township office's day in the console, in Debian's headless Chromium (never a downloaded one).
// Run by ConsoleJourneysIT against the packaged jar, which arranges the office and passes:
// CONSOLE_URL, STAFF_USERNAME, STAFF_PASSWORD, ROAD, LAMP, FLAGGED (tracking numbers), SUGGESTION (a submitted deputy
// suggestion's title), DEPARTMENT (a department's name), PHOTO, SCREENS.
import assert from 'node:assert/strict'
import { chromium } from 'playwright-core'

const env = (name) => {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set`)
  return value
}
const CONSOLE = env('CONSOLE_URL')
const SCREENS = env('SCREENS')

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
})

/** An office PC: 1366×768, Chinese; any CSP violation or page error fails the run. */
async function office() {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const page = await context.newPage()
  page.problems = []
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/.test(m.text())) page.problems.push(m.text())
  })
  page.on('pageerror', (e) => page.problems.push(String(e)))
  return page
}

async function shot(page, name) {
  await page.screenshot({ path: `${SCREENS}/${name}.png`, fullPage: true })
}

async function signIn(page, next = 'workbench') {
  const answer = await page.goto(CONSOLE + next)
  const csp = answer.headers()['content-security-policy'] ?? ''
  assert.match(csp, /script-src 'self'/, 'the console is served with a strict CSP')
  assert.match(csp, /frame-ancestors 'none'/)
  await page.waitForURL(/\/console\/sign-in/)
  await page.locator('input[name=username]').fill(env('STAFF_USERNAME'))
  await page.locator('input[name=password]').fill(env('STAFF_PASSWORD'))
  await page.getByRole('button', { name: '登录' }).click()
}

async function openFromQueue(page, trackingNo) {
  await page.locator('input[name=q]').fill(trackingNo)
  await page.locator('[data-test=search]').click()
  await page.waitForURL(new RegExp(`q=${trackingNo}`))
  await page.getByRole('link', { name: trackingNo }).click()
  await page.waitForURL(/\/console\/opinions\/\d+$/)
  await page.locator('[data-test=state]').waitFor()
}

async function act(page, action, fill = async () => {}) {
  await page.locator(`[data-test=action-${action}]`).click()
  const dialog = page.locator('.el-dialog').filter({ has: page.locator('[data-test=action-submit]') })
  await dialog.waitFor()
  await fill(dialog)
  await dialog.locator('[data-test=action-submit]').click()
  await dialog.waitFor({ state: 'hidden' })
}

async function state(page, label) {
  await page.locator('[data-test=state]', { hasText: label }).waitFor()
}

let step = ''
let page
try {
  page = await office()

  step = 'sign in, back to the page asked for'
  await signIn(page)
  await page.waitForURL(/\/console\/workbench$/)
  await shot(page, '01-sign-in-done-workbench')

  step = 'the workbench counts what waits, and opens the queue so filtered'
  const waiting = page.locator('[data-test=tile-awaitingAcceptance]')
  await waiting.waitFor()
  assert.equal((await waiting.innerText()).match(/\d+/)[0], '3', 'three opinions wait for acceptance')
  await page.locator('canvas').first().waitFor()
  await shot(page, '02-workbench')
  await waiting.click()
  await page.waitForURL(/opinions\?state=SUBMITTED/)
  await page.locator('[data-test=queue-table]').getByText(env('ROAD')).waitFor()
  await shot(page, '03-queue')

  step = 'the filtered queue downloads as Excel and as CSV'
  for (const [button, extension] of [['export-xlsx', '.xlsx'], ['export', '.csv']]) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-test=${button}]`).click()])
    assert.ok(download.suggestedFilename().endsWith(extension), download.suggestedFilename())
    assert.ok((await download.path()) !== null)
  }

  step = 'a reply template for the office'
  await page.getByRole('menuitem', { name: '常用答复' }).click()
  await page.locator('[data-test=new-template]').click()
  await page.locator('[data-test=template-title]').fill('道路维修')
  await page.locator('[data-test=template-content]').fill('您反映的道路问题已转交镇村建办，计划本月内完成修缮，感谢您的监督。')
  await page.locator('[data-test=template-save]').click()
  await page.locator('[data-test=templates-table]').getByText('道路维修').waitFor()
  await shot(page, '04-templates')

  step = 'accept the road opinion from the queue'
  await page.getByRole('menuitem', { name: '社情民意办理' }).click()
  await openFromQueue(page, env('ROAD'))
  await shot(page, '05-opinion')
  await act(page, 'ACCEPT')
  await state(page, '已受理')

  step = 'assign it to the station\'s deputy'
  await act(page, 'ASSIGN', async (dialog) => {
    await dialog.locator('[data-test=assign-deputy]').click()
    await page.locator('.el-select-dropdown__item:visible', { hasText: '王代表' }).click()
  })
  await state(page, '办理中')

  step = 'reply with the template and a photo'
  await act(page, 'REPLY', async (dialog) => {
    await dialog.locator('[data-test=reply-template]').click()
    await page.locator('.el-select-dropdown__item:visible', { hasText: '道路维修' }).click()
    assert.match(await dialog.locator('[data-test=reply-content]').inputValue(), /已转交镇村建办/)
    await dialog.locator('[data-test=reply-photos] input[type=file]').setInputFiles(env('PHOTO'))
    await dialog.locator('.el-upload-list__item.is-success').waitFor()
    await shot(page, '06-reply-dialog')
  })
  await state(page, '已答复')
  await page.locator('[data-test=reply]').getByText('已转交镇村建办').waitFor()

  step = 'publish it after reading the redacted preview'
  await act(page, 'PUBLISH', async (dialog) => {
    await dialog.locator('[data-test=publication-preview]').getByText('村口道路坑洼').first().waitFor()
    await shot(page, '07-publish-preview')
  })
  await page.locator('.el-tag', { hasText: '已公开' }).waitFor()
  assert.equal(await page.locator('[data-test=action-PUBLISH]').count(), 0, 'publish is no longer offered')
  await shot(page, '08-opinion-published')

  step = 'a reload keeps the session (the refresh cookie), the token never in storage'
  await page.reload()
  await state(page, '已答复')
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0)
  assert.equal(await page.evaluate(() => document.cookie), '', 'the refresh cookie is HttpOnly')

  step = 'two colleagues accept the same opinion: the second is told, and sees it accepted'
  const colleague = await office()
  await signIn(colleague, 'opinions')
  await colleague.waitForURL(/\/console\/opinions$/)
  await page.goto(CONSOLE + 'opinions')
  await openFromQueue(page, env('LAMP'))
  await openFromQueue(colleague, env('LAMP'))
  await act(page, 'ACCEPT')
  await state(page, '已受理')
  await act(colleague, 'ACCEPT')
  const told = colleague.locator('.el-message-box', { hasText: '操作未完成' })
  await told.waitFor()
  await shot(colleague, '09-conflict')
  await told.getByRole('button', { name: '知道了' }).click()
  await state(colleague, '已受理')
  assert.equal(await colleague.locator('[data-test=action-ACCEPT]').count(), 0)

  step = 'review clears a flag'
  await page.getByRole('menuitem', { name: '待审核' }).click()
  const flagged = page.locator('[data-test=review-table]').getByText(env('FLAGGED'))
  await flagged.waitFor()
  await page.locator('[data-test=review-table]').getByText('含敏感词：违禁词').waitFor()
  await shot(page, '10-review')
  await page.locator(`[data-test="clear-${env('FLAGGED')}"]`).click()
  await flagged.waitFor({ state: 'detached' })

  step = 'a deputy suggestion is accepted (立案), assigned (交办) and its answer recorded with the letter\'s photo'
  await page.getByRole('menuitem', { name: '代表建议办理' }).click()
  await page.locator('[data-test=suggestion-table]').getByText(env('SUGGESTION')).waitFor()
  await shot(page, '12-suggestions')
  await page.locator('[data-test=suggestion-table]').getByText(env('SUGGESTION')).click()
  await page.waitForURL(/\/console\/suggestions\/\d+$/)
  const suggestionAct = async (action, fill = async () => {}) => {
    await page.locator(`[data-test=suggestion-action-${action}]`).click()
    const dialog = page.locator('.el-dialog').filter({ has: page.locator('[data-test=suggestion-submit]') })
    await dialog.waitFor()
    await fill(dialog)
    await dialog.locator('[data-test=suggestion-submit]').click()
    await dialog.waitFor({ state: 'hidden' })
  }
  const suggestionState = (label) => page.locator('[data-test=suggestion-state-tag]', { hasText: label }).waitFor()
  await suggestionState('待审查')
  await shot(page, '13-suggestion')
  await suggestionAct('ACCEPT')
  await suggestionState('已立案')
  await suggestionAct('ASSIGN', async (dialog) => {
    await dialog.locator('[data-test=assign-lead]').click()
    await page.locator('.el-select-dropdown__item:visible', { hasText: env('DEPARTMENT') }).click()
    await dialog.locator('[data-test=supervisor-name]').fill('李副县长')
    await shot(page, '14-suggestion-assign')
  })
  await suggestionState('办理中')
  await suggestionAct('ANSWER', async (dialog) => {
    await dialog.getByText('A 类 已解决或采纳').click()
    await dialog.locator('[data-test=answer-content]').fill('已将该路段纳入明年农村公路提升计划，三月开工。')
    await dialog.locator('input[type=file]').setInputFiles(env('PHOTO'))
    await dialog.locator('.el-upload-list__item.is-success').waitFor()
  })
  await suggestionState('已答复')
  await page.locator('[data-test=suggestion-answer]').getByText('三月开工').waitFor()
  await page.locator('[data-test=suggestion-timeline]').getByText('立案').first().waitFor()
  await shot(page, '15-suggestion-answered')

  step = 'the suggestions\' figures by department, as a chart and a table that downloads'
  await page.goto(CONSOLE + 'suggestions/figures')
  await page.locator('[data-test=department-figures]').getByText(env('DEPARTMENT')).waitFor()
  await page.locator('canvas').first().waitFor()
  const [table] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test=download-departments]').click()])
  assert.ok(table.suggestedFilename().endsWith('.csv'), table.suggestedFilename())
  await shot(page, '16-suggestion-figures')

  step = 'sign out: the cookie is revoked, and a page asks for sign-in again, then returns'
  await page.locator('[data-test=sign-out]').click()
  await page.waitForURL(/\/console\/sign-in/)
  await shot(page, '11-signed-out')
  await page.goto(CONSOLE + 'review')
  await page.waitForURL(/\/console\/sign-in\?next=/)
  await page.locator('input[name=username]').fill(env('STAFF_USERNAME'))
  await page.locator('input[name=password]').fill(env('STAFF_PASSWORD'))
  await page.getByRole('button', { name: '登录' }).click()
  await page.waitForURL(/\/console\/review$/)

  step = 'no CSP violation and no page error on the way'
  assert.deepEqual([...page.problems, ...colleague.problems], [])
  console.log('console journeys: all passed')
} catch (e) {
  console.error(`console journeys failed at: ${step}\n`, e)
  await page?.screenshot({ path: `${SCREENS}/failed.png`, fullPage: true }).catch(() => {})
  process.exitCode = 1
} finally {
  await browser.close()
}
