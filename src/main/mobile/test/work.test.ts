import { describe, expect, it } from 'vitest'
import { dutyInput, dutyMissing, emptyDutyDraft, loadDutyDraft, saveDutyDraft, sendDutyDraft } from '@/logic/duty'
import { byUrgency, leftToTheDesk, overdue } from '@/logic/work'
import { wire } from './setup'

const NOW = Date.parse('2026-12-08T02:00:00Z')

describe('a deputy\'s list, in the order to work through it', () => {
  it('supervised, then overdue, then the nearest deadline; answered ones last, newest first', () => {
    const items = [
      { id: 1, state: 'IN_PROGRESS' as const, dueAt: '2026-12-20T00:00:00Z' },
      { id: 2, state: 'REPLIED' as const, createdAt: '2026-12-01T00:00:00Z' },
      { id: 3, state: 'IN_PROGRESS' as const, dueAt: '2026-12-01T00:00:00Z' },
      { id: 4, state: 'IN_PROGRESS' as const, dueAt: '2026-12-30T00:00:00Z', supervised: true },
      { id: 5, state: 'IN_PROGRESS' as const, dueAt: '2026-12-10T00:00:00Z' },
      { id: 6, state: 'CLOSED' as const, createdAt: '2026-12-05T00:00:00Z' },
    ]
    expect(byUrgency(items, NOW).map((o) => o.id)).toEqual([4, 3, 5, 1, 6, 2])
    expect(overdue(items[2], NOW)).toBe(true)
    expect(overdue({ state: 'REPLIED', dueAt: '2026-12-01T00:00:00Z' }, NOW)).toBe(false)
  })

  it('names what the console has to do of the allowed actions', () => {
    expect(leftToTheDesk(['REPLY', 'EXTEND', 'NOTE', 'ACCEPT'])).toEqual(['延期', '内部备注'])
  })
})

describe('a duty record written on the phone', () => {
  it('survives closing the app with its key, and checks the contract\'s limits', () => {
    const draft = emptyDutyDraft()
    expect(dutyMissing(draft, NOW)).toMatch(/至少 5 个字/)
    draft.summary = '走访东村五户困难群众'
    draft.occurredOn = '2026-12-07'
    draft.photos.push({ id: 4, preview: 'p' })
    expect(dutyMissing(draft, NOW)).toBeNull()
    saveDutyDraft(draft)
    expect(loadDutyDraft()!.key).toBe(draft.key)
    expect(dutyInput(draft)).toEqual({ type: 'VISIT', occurredOn: '2026-12-07', summary: '走访东村五户困难群众', photoIds: [4] })
    draft.occurredOn = '2026-12-09'
    expect(dutyMissing(draft, NOW)).toMatch(/不能晚于今天/)
  })

  it('a lost answer: the create is sent again with the same key, the record kept, then submitted once', async () => {
    const draft = emptyDutyDraft()
    draft.summary = '走访东村五户困难群众'
    draft.sending = dutyInput(draft)
    const kept: (number | null)[] = []
    wire.answers = [{ fail: 'request:fail timeout' }, { status: 201, body: { id: 9, state: 'DRAFT' } }, { status: 200, body: { id: 9, state: 'SUBMITTED' } }]
    const { timers } = await import('@/api/http')
    timers.sleep = async () => {}
    const record = await sendDutyDraft(draft, (d) => kept.push(d.recordId))
    expect(record.state).toBe('SUBMITTED')
    expect(kept).toEqual([9])
    const keys = wire.sent.slice(0, 2).map((s) => s.header['Idempotency-Key'] ?? s.header['idempotency-key'])
    expect(keys).toEqual([draft.key, draft.key])
    expect(wire.sent[2].url).toMatch(/\/api\/v1\/duty-records\/9\/submit$/)
  })

  it('retried after the record was written: only the submit goes, and "already submitted" counts as done', async () => {
    const draft = { ...emptyDutyDraft(), recordId: 9, stored: true, summary: '走访东村五户困难群众' }
    draft.sending = dutyInput(draft)
    wire.answers = [
      { status: 409, header: { 'Content-Type': 'application/problem+json' }, body: { status: 409, code: 'ACTION_NOT_ALLOWED_IN_STATE', detail: '当前状态不能这样做。' } },
      { status: 200, body: { id: 9, state: 'SUBMITTED' } },
    ]
    expect((await sendDutyDraft(draft, () => {})).state).toBe('SUBMITTED')
    expect(wire.sent.map((s) => s.method)).toEqual(['POST', 'GET'])
  })

  it('a returned record is changed (PUT) and submitted again', async () => {
    const draft = { ...emptyDutyDraft(), recordId: 5, returnReason: '照片不清楚', summary: '走访东村五户困难群众' }
    draft.sending = dutyInput(draft)
    wire.answers = [{ status: 200, body: { id: 5, state: 'RETURNED' } }, { status: 200, body: { id: 5, state: 'SUBMITTED' } }]
    await sendDutyDraft(draft, () => {})
    expect(wire.sent.map((s) => `${s.method} ${s.url.replace(/^[a-z]+:\/\/[^/]+/, '')}`)).toEqual(['PUT /api/v1/duty-records/5', 'POST /api/v1/duty-records/5/submit'])
  })
})
