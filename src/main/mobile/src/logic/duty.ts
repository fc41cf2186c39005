import { api, call, Refusal, type Schemas } from '@/api/client'
import type { DraftPhoto } from './draft'
import { newIdempotencyKey } from './keys'

type DutyInput = Schemas['DutyRecordInput']
type DutyRecord = Schemas['DutyRecord']

/**
 * A duty record (履职记录) being written on the phone, kept in uni storage at every change so that it
 * survives closing the app and a dead network: its fields, the photos already uploaded, and its
 * Idempotency-Key, made once for the draft. Once tapped, {@link sending} holds the exact body; the
 * record's id is kept as soon as the server has it, so a retry submits that one record instead of
 * writing a second. A returned record comes back as a draft with its id and the staff's reason.
 */
export interface DutyDraft {
  key: string
  recordId: number | null
  /** Why staff returned it, when this draft is a returned record being put right. */
  returnReason: string
  type: Schemas['DutyType']
  occurredOn: string
  stationId: number | null
  place: string
  summary: string
  participants: string
  photos: DraftPhoto[]
  sending: DutyInput | null
  /** The server has the body of {@link sending} (created or changed); what is left is to submit it. */
  stored: boolean
  savedAt: number
}

const KEY = 'liaison.duty-draft'

/** Today in Beijing, as the contract's LocalDate (2026-03-05). */
export function today(now = Date.now()): string {
  return new Date(now + 8 * 3600_000).toISOString().slice(0, 10)
}

export function emptyDutyDraft(): DutyDraft {
  return {
    key: newIdempotencyKey('duty'), recordId: null, returnReason: '', type: 'VISIT', occurredOn: today(), stationId: null,
    place: '', summary: '', participants: '', photos: [], sending: null, stored: false, savedAt: Date.now(),
  }
}

/** A returned (or still draft) record from the server, to put right and submit again. */
export function draftOf(record: DutyRecord): DutyDraft {
  return {
    ...emptyDutyDraft(), recordId: record.id ?? null, returnReason: record.returnReason ?? '', type: record.type ?? 'VISIT',
    occurredOn: record.occurredOn ?? today(), stationId: record.stationId ?? null, place: record.place ?? '', summary: record.summary ?? '',
    participants: record.participants ?? '', photos: (record.photoIds ?? []).map((id) => ({ id, preview: '' })),
  }
}

export function loadDutyDraft(): DutyDraft | null {
  const stored = uni.getStorageSync(KEY) as DutyDraft | '' | undefined
  return stored && stored.key ? { ...emptyDutyDraft(), ...stored } : null
}

export function saveDutyDraft(draft: DutyDraft) {
  uni.setStorageSync(KEY, { ...draft, savedAt: Date.now() })
}

export function discardDutyDraft() {
  uni.removeStorageSync(KEY)
}

export function hasDutyContent(draft: DutyDraft) {
  return !!(draft.summary.trim() || draft.participants.trim() || draft.place.trim() || draft.photos.length || draft.recordId)
}

/** The body the contract takes (DutyRecordInput). */
export function dutyInput(draft: DutyDraft): DutyInput {
  const body: DutyInput = { type: draft.type, occurredOn: draft.occurredOn, summary: draft.summary.trim(), photoIds: draft.photos.map((p) => p.id) }
  if (draft.stationId) body.stationId = draft.stationId
  if (draft.place.trim()) body.place = draft.place.trim()
  if (draft.participants.trim()) body.participants = draft.participants.trim()
  return body
}

/** What the draft lacks, in plain words, or null when it can go (the contract's limits). */
export function dutyMissing(draft: DutyDraft, now = Date.now()): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.occurredOn)) return '请选择日期。'
  if (draft.occurredOn > today(now)) return '日期不能晚于今天。'
  const summary = draft.summary.trim().length
  if (summary < 5) return '请写一下做了什么，至少 5 个字。'
  if (summary > 5000) return '内容最多 5000 个字。'
  if (draft.participants.trim().length > 500) return '参加人员最多 500 个字。'
  if (draft.place.trim().length > 200) return '地点最多 200 个字。'
  if (draft.photos.length > 9) return '照片最多 9 张。'
  return null
}

/**
 * Sends a tapped draft to the office: writes it (POST with the draft's key, so a repeat after a
 * lost answer gets the same record; or PUT for a returned one), then submits it. Every step that
 * the server has done is saved with {@code keep} at once, so a retry goes on from there. A submit
 * refused because the record is already submitted counts as done.
 */
export async function sendDutyDraft(draft: DutyDraft, keep: (d: DutyDraft) => void): Promise<DutyRecord> {
  if (!draft.sending) throw new Error('nothing to send')
  if (!draft.stored) {
    if (draft.recordId) {
      await call(api.PUT('/api/v1/duty-records/{id}', { params: { path: { id: draft.recordId } }, body: draft.sending }))
    } else {
      const created = await call(api.POST('/api/v1/duty-records', { body: draft.sending, params: { header: { 'Idempotency-Key': draft.key } } }))
      draft.recordId = created.id!
    }
    draft.stored = true
    keep(draft)
  }
  const id = draft.recordId!
  try {
    return await call(api.POST('/api/v1/duty-records/{id}/submit', {
      params: { path: { id } }, headers: { 'Idempotency-Key': `${draft.key}-submit` },
    }))
  } catch (e) {
    if (e instanceof Refusal && e.status === 409) {
      const record = await call(api.GET('/api/v1/duty-records/{id}', { params: { path: { id } } }))
      if (record.state === 'SUBMITTED' || record.state === 'PUBLISHED') return record
    }
    throw e
  }
}
