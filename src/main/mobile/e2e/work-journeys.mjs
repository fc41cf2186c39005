// The workspaces' journeys on an emulated phone (390×844, touch, WeChat's browser), in Debian's headless
// Chromium, against the H5 build at /m/: what deputies and township staff do on their phones. Run by
// WorkJourneysIT against the packaged jar (and by hand after `node e2e/arrange-work-dev.mjs`):
//
// PHASE=deputy: sign in as a citizen (MOBILE_URL?code=CODE); a wrong invitation code is refused in the
//   API's words; INVITATION binds, and the deputy's workspace opens because GET /me says DEPUTY; my work
//   lists ROUTED_TITLE; its page shows the photo and the masked contact; a reply from TEMPLATE_TITLE with
//   a photo (PHOTO); a duty visit written with a photo, sent while offline, then the first answer lost
//   when back online, and exactly one record submitted; at my reception day (RECEPTION) the guest of
//   BOOKING marked as come.
// PHASE=staff: STAFF_USER/STAFF_PASSWORD sign in on the phone; FLAGGED_TITLE passes review, REJECTED_TITLE
//   is rejected with a reason and a note; FRESH_TITLE
//   is accepted and routed to DEPUTY_NAME; at RECEPTION the guest of OTHER_BOOKING is marked as not come; the
//   workspace says what is left to the console, with its link.
// PHASE=suggestion (the deputy's phone again): a suggestion drafted from ROUTED_TITLE and FRESH_TITLE,
//   the offered text without the citizen's phone, COSIGNER_NAME asked to co-sign; a second phone
//   (COSIGNER_CODE) binds with COSIGNER_INVITATION and co-signs; the lead submits it; a profile change
//   says it waits for approval. Writes suggestion.json.
// PHASE=rate (after the office accepted, assigned and the department answered ANSWER): the lead
//   deputy reads the answer and rates it 满意.
//
// MOBILE_URL (http://localhost:PORT/m/), SCREENS (screenshots), STATE_DIR (default SCREENS), CHROMIUM.
// Writes duty.json (the record's summary and every Idempotency-Key sent) and the deputy's phone
// (deputy-phone.json) to STATE_DIR. Every step is printed;
// a failure prints its step, leaves failed-PHASE.png and exits 1.
import assert from 'node:assert/strict'
import { readFileSync, writeFileSync } from 'node:fs'
import { browser, confirm, env, field, MOBILE, opened, phone, SCREENS, shot, STATE_DIR } from './phone.mjs'

const PHASE = env('PHASE', 'deputy')

/** A photo from the album; the first one on this phone asks the privacy consent first. */
async function addPhoto(page, button) {
  const chooser = page.waitForEvent('filechooser')
  await page.locator(`[data-test=${button}]`).click()
  const consent = page.locator('.uni-modal__btn_primary:visible', { hasText: '同意' })
  if (await consent.isVisible({ timeout: 1500 }).catch(() => false) || await consent.waitFor({ timeout: 1500 }).then(() => true, () => false)) {
    await consent.click()
  }
  await (await chooser).setFiles([env('PHOTO')])
}

let step = ''
const begin = (name) => {
  step = name
  console.log(`- ${name}`)
}
let page
try {
  page = await phone()
  if (PHASE === 'deputy') {
    begin('a citizen signs in; no workspace yet, and the way to bind is on 我的')
    await page.goto(`${MOBILE}pages/me/index?code=${encodeURIComponent(env('CODE'))}`)
    await page.locator('[data-test=who]', { hasText: '已登录' }).waitFor()
    await page.locator('[data-test=menu-bind]').waitFor()
    assert.equal(await page.locator('[data-test=workspaces]').count(), 0, 'a citizen has no workspace')
    await shot(page, '40-me-citizen')

    begin('a wrong invitation code is refused in the API\'s words')
    await page.locator('[data-test=menu-bind]').click()
    await opened(page, 'work/bind/index')
    await field(page, 'invitation-code').fill('WRONG123')
    await page.locator('[data-test=bind]').click()
    await page.locator('[data-test=bind-refusal]', { hasText: '邀请码无效' }).waitFor()
    await shot(page, '41-bind-refused')

    begin('the invitation binds; the deputy\'s workspace opens because the server now says DEPUTY')
    await field(page, 'invitation-code').fill(env('INVITATION').toLowerCase())
    await page.locator('[data-test=bind]').click()
    await opened(page, 'work/index')
    await page.locator('[data-test=deputy-workspace]').waitFor()
    await shot(page, '42-deputy-workspace')
    await page.goto(`${MOBILE}pages/me/index`)
    await page.locator('[data-test=open-deputy-workspace]').waitFor()
    assert.equal(await page.locator('[data-test=menu-bind]').count(), 0, 'a deputy is not offered to bind again')
    await shot(page, '43-me-deputy')

    begin('my work: the routed opinion, newest deadline first')
    await page.locator('[data-test=open-deputy-workspace]').click()
    await page.locator('[data-test=tile-my-opinions]').click()
    await opened(page, 'work/opinions/index')
    const routed = page.locator('[data-test=work-opinion]', { hasText: env('ROUTED_TITLE') })
    await routed.waitFor()
    await shot(page, '44-my-work')

    begin('the opinion: its photo, the masked contact, the timeline, and only the allowed buttons')
    await routed.click()
    await opened(page, 'work/opinion/index')
    await page.locator('[data-test=work-opinion-page]').waitFor()
    await page.locator('[data-test=opinion-photos] image, [data-test=opinion-photos] uni-image').first().waitFor()
    await page.locator('[data-test=contact]', { hasText: '138****5678' }).waitFor()
    await page.locator('[data-test=timeline-item]', { hasText: '交代表办理' }).waitFor()
    for (const absent of ['accept', 'assign', 'reject', 'clear-flag']) {
      assert.equal(await page.locator(`[data-test=${absent}]`).count(), 0, `a deputy has no ${absent} button`)
    }
    await shot(page, '45-opinion-for-deputy')

    begin('reply from a template, with a photo')
    await page.locator('[data-test=reply-template]', { hasText: env('TEMPLATE_TITLE') }).click()
    await page.waitForFunction(() => document.querySelector('[data-test=reply-text] textarea')?.value.length > 10)
    const text = await field(page, 'reply-text').inputValue()
    await addPhoto(page, 'reply-add-photo')
    await page.locator('[data-test=reply-photos] .photo').first().waitFor({ timeout: 30_000 })
    await page.locator('[data-test=upload-progress]').waitFor({ state: 'detached' })
    await shot(page, '46-reply-draft')
    await page.locator('[data-test=reply-submit]').click()
    await page.locator('[data-test=replies]').getByText(text.slice(0, 12)).waitFor()
    await page.locator('[data-test=opinion-state]', { hasText: '已答复' }).waitFor()
    assert.equal(await page.locator('[data-test=reply]').count(), 0, 'no reply button once answered')
    await shot(page, '47-replied')

    begin('a duty visit written with a photo, sent while offline')
    await page.goto(`${MOBILE}work/duty/index`)
    await page.locator('[data-test=new-duty]').click()
    await opened(page, 'work/duty-edit/index')
    await page.locator('[data-test=duty-type]').getByText('走访').click()
    await addPhoto(page, 'duty-add-photo')
    await page.locator('[data-test=duty-photos] .photo').first().waitFor({ timeout: 30_000 })
    await page.locator('[data-test=upload-progress]').waitFor({ state: 'detached' })
    const summary = `走访东村五户困难群众，了解冬季取暖情况 ${Date.now().toString(36)}`
    await page.context().setOffline(true)
    await field(page, 'duty-summary').fill(summary)
    await field(page, 'duty-participants').fill('村委会主任、村民代表 3 人')
    await field(page, 'duty-place').fill('东村村委会')
    await page.reload().catch(() => {}) // offline, the page itself does not come back …
    await page.context().setOffline(false)
    await page.goto(`${MOBILE}work/duty-edit/index`) // … the draft does, with its photo
    assert.equal(await field(page, 'duty-summary').inputValue(), summary)
    assert.equal(await page.locator('[data-test=duty-photos] .photo').count(), 1)
    await page.context().setOffline(true)
    const keys = []
    page.on('request', (r) => {
      if (r.method() === 'POST' && /\/api\/v1\/duty-records$/.test(new URL(r.url()).pathname)) keys.push(r.headers()['idempotency-key'])
    })
    await page.locator('[data-test=duty-submit]').click()
    await page.locator('[data-test=duty-sending]').waitFor()
    await page.locator('[data-test=duty-send-again]').waitFor({ timeout: 30_000 })
    await shot(page, '48-duty-offline')

    begin('back online, the first answer is lost; the retry has the same key; one record, submitted')
    let lost = false
    await page.route('**/api/v1/duty-records', async (route) => {
      if (lost || route.request().method() !== 'POST') return route.fallback()
      lost = true
      await route.fetch() // the server writes it …
      await route.abort('internetdisconnected') // … and the answer never reaches the phone
    })
    await page.context().setOffline(false)
    const list = page.locator('[data-test=duty-records]')
    const again = page.locator('[data-test=duty-send-again]')
    await list.or(again).first().waitFor({ timeout: 30_000 })
    if (await again.isVisible()) await again.click()
    await opened(page, 'work/duty/index')
    await page.unroute('**/api/v1/duty-records')
    const mine = page.locator('[data-test=duty-record]', { hasText: summary })
    await mine.waitFor()
    assert.equal(await mine.count(), 1, 'one record, not two')
    await mine.getByText('已提交，等待审核').waitFor()
    assert.ok(lost, 'an answer was lost on the way')
    assert.equal(new Set(keys.filter(Boolean)).size, 1, `every try carried the draft's one Idempotency-Key: ${keys}`)
    await shot(page, '49-duty-submitted')
    writeFileSync(`${STATE_DIR}/duty.json`, JSON.stringify({ summary, keys }))

    begin('my reception day: who booked, and the guest who came is marked')
    await page.goto(`${MOBILE}work/receptions/index`)
    await page.locator(`[data-test=work-reception-${env('RECEPTION')}]`).click()
    await opened(page, 'work/reception/index')
    await page.locator('[data-test=work-reception-page]').waitFor()
    const came = page.locator(`[data-test=guest-${env('BOOKING')}]`)
    await came.locator('[data-test=attended]').click()
    await came.locator('[data-test=guest-state]', { hasText: '已到场' }).waitFor()
    await shot(page, '50-deputy-reception')
    await page.context().storageState({ path: `${STATE_DIR}/deputy-phone.json` })
  } else if (PHASE === 'suggestion') {
    const lead = page
    await lead.context().close()
    page = await phone({ storageState: `${STATE_DIR}/deputy-phone.json` })

    begin('the deputy drafts a suggestion from two of their opinions, the offered text without personal data')
    await page.goto(`${MOBILE}work/index?as=DEPUTY`)
    await page.locator('[data-test=tile-suggestions]').click()
    await opened(page, 'work/suggestions/index')
    await page.locator('[data-test=new-suggestion]').click()
    await opened(page, 'work/suggestion-new/index')
    for (const title of [env('ROUTED_TITLE'), env('FRESH_TITLE')]) await page.locator('[data-test=suggestion-opinions]').getByText(title).click()
    await page.locator('[data-test=use-sources]').click()
    await page.waitForFunction(() => document.querySelector('[data-test=suggestion-content] textarea')?.value.includes('【群众意见'))
    const content = await field(page, 'suggestion-content').inputValue()
    assert.ok(!content.includes('13812345678'), 'the citizen\'s phone is not in the offered text')
    const title = `关于东村水渠和菜市场公厕的建议${Date.now().toString(36).slice(-4)}`
    await field(page, 'suggestion-title').fill(title)
    await page.locator('[data-test=suggestion-cosigners]').getByText(env('COSIGNER_NAME')).click()
    await shot(page, '70-suggestion-draft')
    await page.locator('[data-test=suggestion-create]').click()
    await opened(page, 'work/suggestion/index')
    await page.locator('[data-test=cosigners]', { hasText: '待确认' }).waitFor()
    assert.equal(await page.locator('[data-test=suggestion-submit]').count(), 0, 'no submit before every co-signer confirmed')
    const suggestion = Number(new URL(page.url()).searchParams.get('id'))
    await shot(page, '71-suggestion-waiting')

    begin('a second deputy binds on their own phone and co-signs it')
    const second = await phone()
    await second.goto(`${MOBILE}work/bind/index?code=${encodeURIComponent(env('COSIGNER_CODE'))}`)
    await field(second, 'invitation-code').fill(env('COSIGNER_INVITATION'))
    await second.locator('[data-test=bind]').click()
    await second.locator('[data-test=deputy-workspace]').waitFor()
    await second.locator('[data-test=tile-suggestions]').click()
    await second.locator('[data-test=suggestion]', { hasText: title }).click()
    await second.locator('[data-test=cosign]').click()
    await second.locator('[data-test=cosigners]', { hasText: '已联名' }).waitFor()
    await shot(second, '72-cosigned')
    assert.deepEqual(second.problems, [])
    await second.context().close()

    begin('the lead deputy submits it once every co-signer confirmed')
    await page.reload()
    await page.locator('[data-test=suggestion-submit]').click()
    await page.locator('[data-test=suggestion-state]', { hasText: '待审查' }).waitFor()
    await shot(page, '73-suggestion-submitted')
    writeFileSync(`${STATE_DIR}/suggestion.json`, JSON.stringify({ id: suggestion, title }))
    console.log(`SUGGESTION ${suggestion}`)

    begin('a profile change waits for approval, and the app says so')
    await page.goto(`${MOBILE}work/profile/index`)
    await field(page, 'profile-biography').fill('长期关注农村水利和集市环境，每月到联络站接待群众。')
    await page.locator('[data-test=profile-submit]').click()
    await page.locator('[data-test=profile-change-state]', { hasText: '等待工作人员审核' }).waitFor()
    await shot(page, '74-profile-pending')
    await page.context().storageState({ path: `${STATE_DIR}/deputy-phone.json` })
  } else if (PHASE === 'rate') {
    await page.context().close()
    page = await phone({ storageState: `${STATE_DIR}/deputy-phone.json` })
    const { id } = JSON.parse(readFileSync(`${STATE_DIR}/suggestion.json`, 'utf8'))

    begin('the departments answered: the lead deputy reads the answer and rates it')
    await page.goto(`${MOBILE}work/suggestion/index?id=${id}`)
    await page.locator('[data-test=answers]').getByText(env('ANSWER')).waitFor()
    await page.locator('[data-test=suggestion-rate]').getByText('满意', { exact: true }).click()
    await page.locator('[data-test=suggestion-rate-submit]').click()
    await page.locator('[data-test=suggestion-rated]', { hasText: '满意' }).waitFor()
    await shot(page, '75-suggestion-rated')
  } else {
    begin('staff sign in on the phone with their console account')
    await page.goto(`${MOBILE}pages/me/index`)
    await page.locator('[data-test=menu-staff-sign-in]').click()
    await opened(page, 'work/signin/index')
    await field(page, 'username').fill(env('STAFF_USER'))
    await field(page, 'password').fill(env('STAFF_PASSWORD'))
    await page.locator('[data-test=staff-sign-in]').click()
    await opened(page, 'work/index')
    await page.locator('[data-test=staff-workspace]').waitFor()
    await page.locator('[data-test=console-note]', { hasText: '请在电脑上的工作台办理' }).waitFor()
    await shot(page, '60-staff-workspace')

    begin('a flagged opinion passes review')
    await page.locator('[data-test=tile-flagged]').click()
    await opened(page, 'work/opinions/index')
    await page.locator('[data-test=work-opinion]', { hasText: env('FLAGGED_TITLE') }).click()
    await opened(page, 'work/opinion/index')
    await page.locator('[data-test=flagged]').waitFor()
    await page.locator('[data-test=reject]').waitFor()
    await shot(page, '61-flagged')
    await page.locator('[data-test=clear-flag]').click()
    await page.locator('[data-test=timeline-item]', { hasText: '审核通过' }).waitFor()
    await page.locator('[data-test=flagged]').waitFor({ state: 'detached' })
    await shot(page, '62-flag-cleared')

    begin('another flagged one is rejected with a reason and a note the citizen reads')
    await page.goto(`${MOBILE}work/opinions/index?list=flagged`)
    await page.locator('[data-test=work-opinion]', { hasText: env('REJECTED_TITLE') }).click()
    await opened(page, 'work/opinion/index')
    await page.locator('[data-test=reject-reason]').getByText('情况不清楚，无法办理').click()
    await field(page, 'reject-note').fill('您反映的情况没有写明具体地点，请补充后重新提交。')
    await page.locator('[data-test=reject-submit]').click()
    await page.locator('[data-test=opinion-state]', { hasText: '未受理' }).waitFor()
    await page.locator('[data-test=timeline-item]', { hasText: '不予受理' }).waitFor()
    await shot(page, '62b-rejected')

    begin('a new one is accepted and routed to the deputy')
    await page.goto(`${MOBILE}work/opinions/index?list=new`)
    await page.locator('[data-test=work-opinion]', { hasText: env('FRESH_TITLE') }).click()
    await opened(page, 'work/opinion/index')
    await page.locator('[data-test=accept]').click()
    await page.locator('[data-test=opinion-state]', { hasText: '已受理' }).waitFor()
    await page.locator('[data-test=route-deputy]').getByText(env('DEPUTY_NAME')).click()
    await shot(page, '63-route')
    await page.locator('[data-test=assign]').click()
    await page.locator('[data-test=timeline-item]', { hasText: '交代表办理' }).waitFor()
    await page.locator('[data-test=opinion-state]', { hasText: '办理中' }).waitFor()
    await shot(page, '64-routed')

    begin('at the reception day, the deputy\'s mark is there, and the other guest is marked as not come')
    await page.goto(`${MOBILE}work/receptions/index?as=STAFF`)
    await page.locator(`[data-test=work-reception-${env('RECEPTION')}]`).click()
    await opened(page, 'work/reception/index')
    await page.locator(`[data-test=guest-${env('BOOKING')}] [data-test=guest-state]`, { hasText: '已到场' }).waitFor()
    const guest = page.locator(`[data-test=guest-${env('OTHER_BOOKING')}]`)
    await guest.locator('[data-test=no-show]').click()
    await guest.locator('[data-test=guest-state]', { hasText: '未到场' }).waitFor()
    await shot(page, '65-attendance')
  }
  begin('no page error or CSP refusal on the way')
  assert.deepEqual(page.problems, [])
  console.log(`workspace journeys, phase ${PHASE}: all passed`)
} catch (e) {
  console.error(`workspace journeys (phase ${PHASE}) failed at: ${step}\n`, e)
  console.error('page errors:', page?.problems)
  await page?.screenshot({ path: `${SCREENS}/failed-${PHASE}.png`, fullPage: true }).catch(() => {})
  process.exitCode = 1
} finally {
  await browser.close()
}
