// A township office's day in the console, in Debian's headless Chromium (never a downloaded one).
// Run by ConsoleJourneysIT against the packaged jar, which arranges the office and passes:
// CONSOLE_URL, STAFF_USERNAME, STAFF_PASSWORD, ROAD, LAMP, FLAGGED (tracking numbers), SUGGESTION (a submitted deputy
// suggestion's title), DEPARTMENT (a department's name), STATION_ID, DEPUTY_ID (a deputy with a profile change waiting),
// ROSTER (a roster file with one good row and two bad ones), HOLIDAY_A (accepted before the holiday is marked) and
// HOLIDAY_B (tracking numbers), ADMIN_USERNAME, ADMIN_PASSWORD, NEW_STAFF (a username to create), ELSEWHERE (an
// opinion's title in another township), PHOTO, SCREENS.
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

async function signIn(page, next = 'workbench', username = env('STAFF_USERNAME'), password = env('STAFF_PASSWORD')) {
  const answer = await page.goto(CONSOLE + next)
  const csp = answer.headers()['content-security-policy'] ?? ''
  assert.match(csp, /script-src 'self'/, 'the console is served with a strict CSP')
  assert.match(csp, /frame-ancestors 'none'/)
  await page.waitForURL(/\/console\/sign-in/)
  await page.locator('input[name=username]').fill(username)
  await page.locator('input[name=password]').fill(password)
  await page.getByRole('button', { name: '登录' }).click()
}

/** The day after today in Shanghai that is a weekday: marking it a holiday moves a deadline by one working day. */
function nextWeekday() {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
  const day = new Date(`${today}T12:00:00Z`)
  do day.setUTCDate(day.getUTCDate() + 1)
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6)
  return day.toISOString().slice(0, 10)
}

/** An item of the admins' submenu, opened first when it is folded. */
async function adminMenu(page, name) {
  const item = page.getByRole('menuitem', { name, exact: true })
  if (!(await item.isVisible())) await page.locator('[data-test=menu-admin] .el-sub-menu__title').click()
  await item.click()
}

/** The deadline an opinion's page shows (期限), as YYYY-MM-DD HH:mm text. */
async function deadlineOf(page) {
  const cell = page.locator('.el-descriptions__cell', { hasText: '期限' }).locator('xpath=following-sibling::*[1]')
  return (await cell.innerText()).slice(0, 16)
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
  assert.equal((await waiting.innerText()).match(/\d+/)[0], '4', 'four opinions wait for acceptance (the road, the lamp, the flagged one, the one accepted after the holiday)')
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

  step = 'a township\'s staff member edits a station and prints its code'
  await page.getByRole('menuitem', { name: '联络站', exact: true }).click()
  await page.locator(`[data-test=edit-station-${env('STATION_ID')}]`).click()
  const stationDialog = page.locator('[data-test=station-dialog]')
  await stationDialog.locator('[data-test=station-phone]').fill('0571-86001234')
  await stationDialog.locator('[data-test=station-hours]').fill('周一至周六 8:30-17:30')
  await shot(page, '17-station-edit')
  await stationDialog.locator('[data-test=station-save]').click()
  await stationDialog.waitFor({ state: 'hidden' })
  await page.locator('[data-test=stations-table]').getByText('0571-86001234').waitFor()
  const [code] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-test=code-station-${env('STATION_ID')}]`).click()])
  assert.ok(code.suggestedFilename().endsWith('.png'), code.suggestedFilename())
  await shot(page, '18-stations')

  step = 'a roster import with two bad rows shows both, by line'
  await page.getByRole('menuitem', { name: '代表', exact: true }).click()
  await page.getByRole('tab', { name: '名册导入' }).click()
  await page.locator('[data-test=roster-upload] input[type=file]').setInputFiles(env('ROSTER'))
  await page.locator('[data-test=roster-summary]', { hasText: '未导入 2 行' }).waitFor()
  assert.equal(await page.locator('[data-test=roster-refused] tbody tr').count(), 2)
  await shot(page, '19-roster-import')

  step = 'a deputy\'s profile change is approved'
  await page.getByRole('tab', { name: /资料变更审核/ }).click()
  await page.locator(`[data-test=change-${env('DEPUTY_ID')}]`).getByText('新的简介').waitFor()
  await shot(page, '20-profile-change')
  await page.locator(`[data-test=approve-${env('DEPUTY_ID')}]`).click()
  await page.locator(`[data-test=change-${env('DEPUTY_ID')}]`).waitFor({ state: 'detached' })

  step = 'the other screens for staff open'
  for (const [menu, name] of [['履职档案', '21-duty-records'], ['接待日', '22-receptions'], ['统计', '23-stats']]) {
    await page.getByRole('menuitem', { name: menu, exact: true }).click()
    await page.locator('.page-title', { hasText: menu === '履职档案' ? '履职档案审核' : menu }).waitFor()
    await shot(page, name)
  }

  step = 'an admin marks a holiday, and an opinion accepted afterwards is due a working day later'
  await page.goto(CONSOLE + 'opinions')
  await openFromQueue(page, env('HOLIDAY_A'))
  const before = await deadlineOf(page)
  const admin = await office()
  await signIn(admin, 'admin/calendar', env('ADMIN_USERNAME'), env('ADMIN_PASSWORD'))
  await admin.waitForURL(/\/console\/admin\/calendar$/)
  const holiday = nextWeekday()
  await admin.locator(`[data-test=day-${holiday}]`).click()
  const dayDialog = admin.locator('[data-test=day-dialog]')
  await dayDialog.getByText('节假日（不上班）').click()
  await dayDialog.locator('[data-test=day-name]').fill('IT临时休息日')
  await dayDialog.locator('[data-test=day-save]').click()
  await admin.locator(`[data-test=day-${holiday}]`).getByText('休', { exact: true }).waitFor()
  await shot(admin, '24-calendar')
  await page.goto(CONSOLE + 'opinions')
  await openFromQueue(page, env('HOLIDAY_B'))
  await act(page, 'ACCEPT')
  await state(page, '已受理')
  const after = await deadlineOf(page)
  assert.ok(after.slice(0, 10) > before.slice(0, 10), `the holiday on ${holiday} moves the deadline: ${before} then ${after}`)

  step = 'an admin creates a staff member for another township'
  await adminMenu(admin, '工作人员账号')
  await admin.waitForURL(/admin\/staff$/)
  await admin.locator('[data-test=new-staff]').click()
  const staffDialog = admin.locator('[data-test=staff-dialog]')
  await staffDialog.locator('[data-test=staff-username]').fill(env('NEW_STAFF'))
  await staffDialog.locator('[data-test=staff-password]').fill('baishui-office-1')
  await staffDialog.locator('[data-test=staff-display-name]').fill('白水镇人大办')
  await staffDialog.locator('[data-test=region-select] input').fill('白水镇')
  await admin.locator('.el-select-dropdown__item:visible', { hasText: '白水镇' }).first().click()
  await shot(admin, '25-staff-new')
  await staffDialog.locator('[data-test=staff-save]').click()
  await staffDialog.waitFor({ state: 'hidden' })
  await admin.locator('[data-test=staff-table]').getByText(env('NEW_STAFF')).waitFor()
  for (const [menu, name] of [['行政区域', '26-regions'], ['类别与承办单位', '27-catalogues'], ['敏感词', '28-sensitive-words'], ['发送失败的通知', '29-parked']]) {
    await adminMenu(admin, menu)
    await admin.locator('.page-title', { hasText: menu }).waitFor()
    await shot(admin, name)
  }

  step = 'the new staff member signs in and sees only their township'
  const newcomer = await office()
  await signIn(newcomer, 'opinions', env('NEW_STAFF'), 'baishui-office-1')
  await newcomer.waitForURL(/\/console\/opinions$/)
  await newcomer.locator('[data-test=queue-table]').getByText(env('ELSEWHERE')).waitFor()
  assert.equal(await newcomer.locator('[data-test=queue-table]').getByText('村口道路坑洼需要修缮').count(), 0,
    'the other township\'s opinions are not in their queue')
  await shot(newcomer, '30-newcomer-queue')
  assert.deepEqual([...admin.problems, ...newcomer.problems], [])

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
