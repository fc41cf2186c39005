// A citizen's journeys on an emulated phone (390×844, touch, WeChat's browser), in Debian's headless
// Chromium (never a downloaded one), against the H5 build at /m/. Run by MobileJourneysIT against the
// packaged jar in two phases, with the staff's answer given through the API in between:
//
// PHASE=1: the first screen on slow 3G; find the nearest station (LATITUDE, LONGITUDE), open it and
//   a deputy; sign in (MOBILE_URL?code=CODE); write an opinion with two photos (PHOTO), similar ones
//   showing while typing (SIMILAR: a published title like it); the network drops after submit before
//   the answer arrives, comes back, and exactly one opinion results; it is in "my opinions" with its
//   timeline. Writes OPINION (id and tracking number) and the phone's storage to STATE_DIR.
// PHASE=2 (the opinion answered by then, REPLY its text): reopen the app signed in (the stored tokens),
//   read the answer and rate it; the inbox; support PUBLIC_TITLE on the board; book a place at
//   RECEPTION at STATION_ID and cancel it; elder mode; take a copy of my data; delete the account.
//
// MOBILE_URL (http://localhost:PORT/m/), SCREENS (screenshots), STATE_DIR (default SCREENS), CHROMIUM.
// Every step is printed; a failure prints its step, leaves failed-PHASE.png and exits 1.
import assert from 'node:assert/strict'
import { readFileSync, writeFileSync } from 'node:fs'
import { browser, confirm, env, field, MOBILE, opened, phone, SCREENS, shot, STATE_DIR, throttle } from './phone.mjs'

const PHASE = env('PHASE', '1')
const FIRST_SCREEN_BUDGET_MS = 5000

let step = ''
const begin = (name) => {
  step = name
  console.log(`- ${name}`)
}
let page
const pages = []
try {
  if (PHASE === '1') {
    begin('the first screen on slow 3G (400 kbit/s, 400 ms) within 5 s, with no page error')
    const slow = await phone()
    pages.push(slow)
    await throttle(slow, { latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 })
    const started = Date.now()
    await slow.goto(MOBILE, { waitUntil: 'commit' })
    await slow.locator('[data-test=find-nearest]').waitFor({ timeout: 30_000 })
    const firstScreen = Date.now() - started
    console.log(`H5 first screen on slow 3G: ${firstScreen} ms (budget ${FIRST_SCREEN_BUDGET_MS} ms)`)
    await shot(slow, '00-first-screen-slow-3g')
    assert.ok(firstScreen <= FIRST_SCREEN_BUDGET_MS, `the first screen took ${firstScreen} ms on slow 3G`)
    assert.deepEqual(slow.problems, [])
    await slow.context().close()

    page = await phone({ geolocation: { latitude: Number(env('LATITUDE')), longitude: Number(env('LONGITUDE')) }, permissions: ['geolocation'] })
    pages.push(page)

    begin('find the nearest station without signing in, after the privacy consent')
    await page.goto(MOBILE)
    await page.locator('[data-test=find-nearest]').click()
    await shot(page, '01-privacy-consent')
    await confirm(page, '同意')
    const mine = page.locator('[data-test=my-station]')
    await mine.waitFor()
    const stationName = (await mine.locator('.station-name').innerText()).trim()
    await shot(page, '02-home-nearest')

    begin('open the station: its deputies, hours and reception days')
    await mine.locator('[data-test=open-station]').click()
    await opened(page, 'pages/station/index')
    await page.locator('[data-test=station-page]').waitFor()
    await page.locator('[data-test=hours]').waitFor()
    await page.locator('[data-test=deputy]').first().waitFor()
    await page.locator('[data-test=receptions]').waitFor()
    await shot(page, '03-station')

    begin('a deputy\'s profile')
    await page.locator('[data-test=deputy]').first().click()
    await opened(page, 'sub/deputy/index')
    await page.locator('[data-test=deputy-page]').waitFor()
    await shot(page, '04-deputy')

    begin('outside a sign-in, "my" says how to sign in')
    await page.goto(`${MOBILE}pages/me/index`)
    await page.locator('[data-test=who]', { hasText: '还没有登录' }).waitFor()
    await shot(page, '05-me-signed-out')

    begin('sign in with the official account\'s web authorisation (?code=)')
    await page.goto(`${MOBILE}pages/me/index?code=${encodeURIComponent(env('CODE'))}`)
    await page.locator('[data-test=who]', { hasText: '已登录' }).waitFor()
    assert.ok(!page.url().includes('code='), 'the spent code is taken off the address')
    await shot(page, '06-me-signed-in')

    begin('write an opinion to the station, similar ones showing while typing')
    await page.goto(`${MOBILE}pages/station/index?id=${env('STATION_ID')}`)
    await page.locator('[data-test=write]').click()
    await opened(page, 'sub/submit/index')
    await page.locator('[data-test=draft-station]', { hasText: stationName }).waitFor()
    const title = env('TITLE')
    await page.locator('[data-test=kind]').getByText('诉求').click()
    await field(page, 'title').fill(title)
    await field(page, 'content').fill(env('CONTENT'))
    await page.locator('[data-test=similar]').getByText(env('SIMILAR')).waitFor()
    await shot(page, '07-submit-similar')

    begin('two photos, compressed and uploaded one by one with progress')
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('[data-test=add-photo]').click()])
    await chooser.setFiles([env('PHOTO'), env('PHOTO')])
    await page.locator('[data-test=photos] .photo').nth(1).waitFor({ timeout: 30_000 })
    await page.locator('[data-test=upload-progress]').waitFor({ state: 'detached' })
    assert.equal(await page.locator('[data-test=photos] .photo').count(), 2)
    await shot(page, '08-submit-photos')

    begin('the draft survives closing the app')
    await page.reload()
    await field(page, 'title').waitFor()
    assert.equal(await field(page, 'title').inputValue(), title)
    assert.equal(await page.locator('[data-test=photos] .photo').count(), 2)

    begin('the network drops after tapping submit, before the answer arrives; it comes back; one result')
    const keys = []
    page.on('request', (r) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/opinions') keys.push(r.headers()['idempotency-key'])
    })
    const cdp = await throttle(page, {})
    let lost = false
    await page.route('**/api/v1/opinions', async (route) => {
      if (lost || route.request().method() !== 'POST') return route.fallback()
      lost = true
      await route.fetch() // the server takes it and answers …
      await cdp.send('Network.emulateNetworkConditions', { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 })
      await route.abort('internetdisconnected') // … but the answer never reaches the phone
    })
    await page.locator('[data-test=submit]').click()
    await page.locator('[data-test=sending]').waitFor()
    await shot(page, '09-sending-offline')
    await page.waitForTimeout(2500)
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 })
    const done = page.locator('[data-test=submitted]')
    const again = page.locator('[data-test=send-again]')
    await done.or(again).first().waitFor({ timeout: 30_000 })
    if (await again.isVisible()) await again.click() // what a person does when the automatic tries ran out
    await done.waitFor({ timeout: 30_000 })
    await opened(page, 'sub/opinion/index')
    await page.unroute('**/api/v1/opinions')
    assert.ok(keys.length >= 2, `the submission was sent again after the loss (${keys.length} tries)`)
    assert.equal(new Set(keys).size, 1, `every try carried the draft's one Idempotency-Key: ${keys}`)
    const trackingNo = (await done.innerText()).match(/编号 (\S+?)。/)[1]
    const opinionId = Number(new URL(page.url()).searchParams.get('id'))
    await shot(page, '10-submitted')

    begin('exactly one opinion in my opinions, with its timeline')
    await page.goto(`${MOBILE}sub/opinions/index`)
    await page.locator('[data-test=my-opinion]').first().waitFor()
    assert.equal(await page.locator('[data-test=my-opinion]', { hasText: title }).count(), 1, 'one opinion, not two')
    await shot(page, '11-my-opinions')
    await page.locator('[data-test=my-opinion]', { hasText: title }).click()
    await opened(page, 'sub/opinion/index')
    await page.locator('[data-test=timeline-item]', { hasText: '提交意见' }).waitFor()
    await page.locator('[data-test=photo-count]', { hasText: '2' }).waitFor()
    await shot(page, '12-opinion-timeline')

    begin('no page error on the way')
    assert.deepEqual(page.problems, [])
    writeFileSync(`${STATE_DIR}/opinion.json`, JSON.stringify({ id: opinionId, trackingNo }))
    await page.context().storageState({ path: `${STATE_DIR}/phone.json` })
    console.log(`OPINION ${opinionId} ${trackingNo}`)
  } else {
    page = await phone({ storageState: `${STATE_DIR}/phone.json` })
    pages.push(page)
    const { id } = JSON.parse(readFileSync(`${STATE_DIR}/opinion.json`, 'utf8'))

    begin('reopened, still signed in: the answer is there, and the person rates it')
    await page.goto(`${MOBILE}sub/opinion/index?id=${id}`)
    await page.locator('[data-test=replies]').getByText(env('REPLY')).waitFor()
    await page.locator('[data-test=timeline-item]', { hasText: '答复' }).first().waitFor()
    await shot(page, '20-answered')
    await page.locator('[data-test=rate]').getByText('满意', { exact: true }).click()
    await page.locator('[data-test=rate-submit]').click()
    await page.locator('[data-test=rated]', { hasText: '满意' }).waitFor()
    await shot(page, '21-rated')

    begin('the inbox')
    await page.goto(`${MOBILE}sub/notifications/index`)
    await page.locator('[data-test=notifications]').waitFor()
    await page.waitForLoadState('networkidle')
    await shot(page, '22-notifications')

    begin('support a published opinion on the board')
    await page.goto(`${MOBILE}pages/board/index`)
    await page.locator('[data-test=public-opinion]', { hasText: env('PUBLIC_TITLE') }).click()
    await opened(page, 'sub/public/index')
    await page.locator('[data-test=support]').click()
    await page.locator('[data-test=support]', { hasText: '您已附议' }).waitFor()
    await shot(page, '23-supported')

    begin('book a place at a reception day, see it, cancel it')
    const reception = env('RECEPTION')
    await page.goto(`${MOBILE}pages/station/index?id=${env('STATION_ID')}`)
    await page.locator(`[data-test=book-${reception}]`, { hasText: '预约' }).click()
    await page.locator(`[data-test=book-${reception}]`, { hasText: '已预约' }).waitFor()
    await page.locator(`[data-test=reception-${reception}]`).getByText('已约 1').waitFor()
    await shot(page, '24-booked')
    await page.goto(`${MOBILE}sub/bookings/index`)
    await page.locator('[data-test=booking]', { hasText: '已预约' }).waitFor()
    await shot(page, '25-bookings')
    await page.locator('[data-test^=cancel-]').first().click()
    await confirm(page, '取消预约')
    await page.locator('[data-test=booking]', { hasText: '已取消' }).waitFor()

    begin('elder mode: large text, large targets, remembered')
    await page.goto(`${MOBILE}pages/me/index`)
    await page.locator('[data-test=elder-mode]').click()
    await page.locator('.frame.elder').waitFor()
    await page.reload()
    await page.locator('.frame.elder').waitFor()
    const sizes = await page.evaluate(() => ({
      body: parseFloat(getComputedStyle(document.querySelector('.frame.elder .muted')).fontSize),
      cell: parseFloat(getComputedStyle(document.querySelector('.frame.elder .wd-cell__title, .frame.elder .wd-cell')).fontSize),
      tab: document.querySelector('uni-tabbar .uni-tabbar__item, .uni-tabbar__item')?.getBoundingClientRect().height ?? 44,
      button: Math.min(...[...document.querySelectorAll('.frame.elder .wd-cell')].map((b) => b.getBoundingClientRect().height)),
    }))
    assert.ok(sizes.body >= 18 && sizes.cell >= 18, `elder mode text is at least 18 px: ${JSON.stringify(sizes)}`)
    assert.ok(sizes.button >= 44 && sizes.tab >= 44, `elder mode targets are at least 44 px: ${JSON.stringify(sizes)}`)
    await shot(page, '26-elder-mode')

    begin('a copy of my data')
    await page.locator('[data-test=menu-data]').click()
    await opened(page, 'sub/data/index')
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test=export]').click()])
    assert.equal(download.suggestedFilename(), 'my-data.json')
    await page.locator('[data-test=export-summary]', { hasText: '共有意见 1 条' }).waitFor()
    await shot(page, '27-my-data')

    begin('the privacy guide and the about page')
    await page.goto(`${MOBILE}sub/privacy/index`)
    await page.locator('[data-test=consent-state]', { hasText: '您已同意' }).waitFor()
    await shot(page, '28-privacy')
    await page.goto(`${MOBILE}sub/about/index`)
    await shot(page, '29-about')

    begin('delete the account')
    await page.goto(`${MOBILE}sub/data/index`)
    await page.locator('[data-test=delete-account]').click()
    await confirm(page, '确定注销')
    await confirm(page, '好的')
    await page.locator('[data-test=find-nearest]').waitFor()
    assert.equal(await page.evaluate(() => localStorage.getItem('liaison.session')), null, 'the tokens are gone from the phone')
    await page.goto(`${MOBILE}pages/me/index`)
    await page.locator('[data-test=who]', { hasText: '还没有登录' }).waitFor()
    await shot(page, '30-deleted')

    begin('no page error on the way')
    assert.deepEqual(page.problems, [])
  }
  console.log(`phone journeys, phase ${PHASE}: all passed`)
} catch (e) {
  console.error(`phone journeys (phase ${PHASE}) failed at: ${step}\n`, e)
  for (const p of pages) console.error('page errors:', p.problems)
  await page?.screenshot({ path: `${SCREENS}/failed-${PHASE}.png`, fullPage: true }).catch(() => {})
  process.exitCode = 1
} finally {
  await browser.close()
}
