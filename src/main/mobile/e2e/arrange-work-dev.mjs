// Arranges what the workspace journeys (e2e/work-journeys.mjs) need on a dev API (`./mvnw quarkus:dev`,
// its demo county, the dev WeChat stand-in), as WorkJourneysIT does on the packaged jar:
//   API=http://127.0.0.1:8080 PHOTO=/path/to.jpg node e2e/arrange-work-dev.mjs   → prints the environment
//   API=… STATE_DIR=… DEPARTMENT=… ANSWER=… node e2e/arrange-work-dev.mjs handle → accepts, assigns and answers
//     the suggestion the suggestion phase wrote, before the rate phase
// A new deputy at the station each run (so the invitation binds), an opinion with a photo routed to
// them, a reply template of the township office, a reception day they hold with one booking, and for
// the staff phase a flagged opinion and a new one.
import { readFileSync } from 'node:fs'
import { API, api, STATION } from './dev-api.mjs'

const FLAG_WORD = '测试敏感词甲'

async function upload(token, file) {
  const form = new FormData()
  form.append('file', new Blob([readFileSync(file)], { type: 'image/jpeg' }), 'photo.jpg')
  const res = await fetch(`${API}/api/v1/media`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form })
  if (!res.ok) throw new Error(`upload: ${res.status} ${await res.text()}`)
  return (await res.json()).id
}

const login = async (username, password) => (await api('POST', '/api/v1/auth/password-login', null, { username, password })).accessToken
const citizen = async (name) => (await api('POST', '/api/v1/auth/wechat-login', null, { code: `dev:${name}` })).accessToken
const staff = await login('staff', 'staff-dev-password')
const admin = await login('admin', 'admin-dev-password')
const run = Date.now().toString(36)

if (process.argv[2] === 'handle') {
  // Between the suggestion and rate phases: the office accepts the suggestion, assigns it, the department answers.
  const { id } = JSON.parse(readFileSync(`${process.env.STATE_DIR}/suggestion.json`, 'utf8'))
  await api('POST', `/api/v1/suggestions/${id}/accept`, staff, {})
  await api('POST', `/api/v1/suggestions/${id}/assignment`, staff, { leadDepartmentId: Number(process.env.DEPARTMENT) })
  await api('POST', `/api/v1/suggestions/${id}/answers`, staff, { departmentId: Number(process.env.DEPARTMENT), resultClass: 'A', content: process.env.ANSWER })
  console.log(`handled suggestion ${id}`)
  process.exit(0)
}

const deputyName = `周代表${run.slice(-3)}`
const deputy = (await api('POST', '/api/v1/deputies', staff, { name: deputyName, level: 'TOWNSHIP', primaryStationId: STATION }, 'dev-deputy')).id
const invitation = (await api('POST', `/api/v1/deputies/${deputy}/invitations`, staff, {})).code

const resident = await citizen(`resident-${run}`)
const photo = process.env.PHOTO ? [await upload(resident, process.env.PHOTO)] : []
const routedTitle = `东村水渠堵了${run}`
const routed = await api('POST', '/api/v1/opinions', resident, {
  stationId: STATION, kind: 'REQUEST', title: routedTitle, content: '东村的灌溉水渠被垃圾堵住了，马上要放水，请帮忙协调清理。',
  contactPhone: '13812345678', photoIds: photo,
}, 'dev-routed')
await api('POST', `/api/v1/opinions/${routed.id}/accept`, staff, {})
await api('POST', `/api/v1/opinions/${routed.id}/assign`, staff, { deputyId: deputy })

const templateTitle = `已联系村委${run}`
await api('POST', '/api/v1/reply-templates', staff, { title: templateTitle, content: '您反映的问题已转村委会，村委会将在三天内安排清理，感谢您的反映。' })

const day = new Date(Date.now() + 4 * 86400_000)
day.setUTCHours(1, 0, 0, 0)
const reception = await api('POST', '/api/v1/receptions', staff, {
  stationId: STATION, deputyIds: [deputy], startsAt: day.toISOString(), endsAt: new Date(day.getTime() + 3 * 3600_000).toISOString(),
  topic: `代表接待日 ${run}`, capacity: 10,
}, 'dev-reception')
const guest = await citizen(`guest-${run}`)
const booking = await api('POST', `/api/v1/receptions/${reception.id}/bookings`, guest, undefined, 'dev-booking')
const otherBooking = await api('POST', `/api/v1/receptions/${reception.id}/bookings`, await citizen(`guest2-${run}`), undefined, 'dev-booking')

// The staff phase: one held for review by a sensitive word, one new to accept and route.
const words = await api('GET', '/api/v1/admin/sensitive-words', admin)
const list = (words.items ?? words).map((w) => (typeof w === 'string' ? w : w.word)).filter(Boolean)
if (!list.includes(FLAG_WORD)) await api('PUT', '/api/v1/admin/sensitive-words', admin, [...list, FLAG_WORD])
const flaggedTitle = `路口${FLAG_WORD}${run}`
const flagged = await api('POST', '/api/v1/opinions', await citizen(`flagged-${run}`), {
  stationId: STATION, kind: 'COMPLAINT', title: flaggedTitle, content: `十字路口晚上有人${FLAG_WORD}，希望加强管理。`,
}, 'dev-flagged')
const rejectedTitle = `有人${FLAG_WORD}${run}`
await api('POST', '/api/v1/opinions', await citizen(`rejected-${run}`), {
  stationId: STATION, kind: 'COMPLAINT', title: rejectedTitle, content: `附近经常有人${FLAG_WORD}，不知道该找谁。`,
}, 'dev-rejected')
const freshTitle = `菜市场没有公厕${run}`
const fresh = await api('POST', '/api/v1/opinions', await citizen(`fresh-${run}`), {
  stationId: STATION, kind: 'SUGGESTION', title: freshTitle, content: '城关菜市场附近没有公共厕所，赶集的老人很不方便，建议修建一座。',
}, 'dev-fresh')

// The suggestion phase: a second deputy at the station to co-sign, and a department to answer.
const cosignerName = `吴代表${run.slice(-3)}`
const cosigner = (await api('POST', '/api/v1/deputies', staff, { name: cosignerName, level: 'TOWNSHIP', primaryStationId: STATION }, 'dev-cosigner')).id
const cosignerInvitation = (await api('POST', `/api/v1/deputies/${cosigner}/invitations`, staff, {})).code
const me = await api('GET', '/api/v1/me', staff)
const departments = await api('GET', '/api/v1/departments', staff)
const department = departments[0]?.id
  ?? (await api('POST', '/api/v1/admin/departments', admin, { name: '县水利局', regionId: me.regionId, contact: '0571-8000200' })).id

const env = {
  CODE: `dev:deputy-${run}`, INVITATION: invitation, DEPUTY_ID: deputy, DEPUTY_NAME: deputyName,
  ROUTED: routed.id, ROUTED_TITLE: routedTitle, TEMPLATE_TITLE: templateTitle, RECEPTION: reception.id, BOOKING: booking.id, OTHER_BOOKING: otherBooking.id,
  FLAGGED: flagged.id, FLAGGED_TITLE: flaggedTitle, REJECTED_TITLE: rejectedTitle, FRESH: fresh.id, FRESH_TITLE: freshTitle,
  STAFF_USER: 'staff', STAFF_PASSWORD: 'staff-dev-password',
  COSIGNER_CODE: `dev:cosigner-${run}`, COSIGNER_NAME: cosignerName, COSIGNER_INVITATION: cosignerInvitation, DEPARTMENT: department,
  ANSWER: '经研究，东村水渠清淤已列入今冬水利工程，菜市场公厕明年一季度开工。',
}
for (const [k, v] of Object.entries(env)) console.log(`${k}=${v}`)
