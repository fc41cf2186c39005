// Arranges what the phone journeys need on a dev API (`./mvnw quarkus:dev`, its demo county and
// dev WeChat stand-in), as MobileJourneysIT does on the packaged jar, so the journeys can be tried
// by hand:
//   API=http://127.0.0.1:8080 node e2e/arrange-dev.mjs 1      → prints the environment of phase 1
//   API=… STATE_DIR=… node e2e/arrange-dev.mjs 2               → answers the opinion phase 1 wrote
import { api, STATION } from './dev-api.mjs'

const REPLY = '已联系镇村建办，本周内更换路灯，感谢您的反映。'

const staff = (await api('POST', '/api/v1/auth/password-login', null, { username: 'staff', password: 'staff-dev-password' })).accessToken
const station = await api('GET', `/api/v1/stations/${STATION}`)
const deputy = station.deputies[0].id

if (process.argv[2] === '2') {
  const { readFileSync } = await import('node:fs')
  const { id } = JSON.parse(readFileSync(`${process.env.STATE_DIR}/opinion.json`, 'utf8'))
  await api('POST', `/api/v1/opinions/${id}/accept`, staff, {})
  await api('POST', `/api/v1/opinions/${id}/assign`, staff, { deputyId: deputy })
  await api('POST', `/api/v1/opinions/${id}/replies`, staff, { content: REPLY })
  console.log(`REPLY=${REPLY}`)
} else {
  const run = Date.now().toString(36)
  const neighbour = (await api('POST', '/api/v1/auth/wechat-login', null, { code: `dev:neighbour-${run}` })).accessToken
  const similar = `村口路灯坏了需要维修${run}`
  const published = await api('POST', '/api/v1/opinions', neighbour, {
    stationId: STATION, kind: 'REQUEST', title: similar, content: '村口的路灯坏了一个多月，晚上出行很不安全，请尽快维修。', consentToPublish: true,
  }, 'dev-neighbour')
  await api('POST', `/api/v1/opinions/${published.id}/accept`, staff, {})
  await api('POST', `/api/v1/opinions/${published.id}/replies`, staff, { content: '已安排维修。' })
  await api('POST', `/api/v1/opinions/${published.id}/publication`, staff, {})
  const day = new Date(Date.now() + 5 * 86400_000)
  day.setUTCHours(1, 0, 0, 0)
  const reception = await api('POST', '/api/v1/receptions', staff, {
    stationId: STATION, deputyIds: [deputy], startsAt: day.toISOString(), endsAt: new Date(day.getTime() + 3 * 3600_000).toISOString(),
    topic: `代表接待日 ${run}`, capacity: 20,
  }, 'dev-reception')
  const env = {
    CODE: `dev:walker-${run}`, STATION_ID: STATION, LATITUDE: station.station.latitude + 0.001, LONGITUDE: station.station.longitude + 0.001,
    TITLE: `村口路灯坏了好久${run}`, CONTENT: '村口那盏路灯坏了很久，晚上老人出门看不清路，希望尽快修好。',
    SIMILAR: similar, PUBLIC_TITLE: similar, RECEPTION: reception.id,
  }
  for (const [k, v] of Object.entries(env)) console.log(`${k}=${v}`)
}
