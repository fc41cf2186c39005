import { describe, expect, it } from 'vitest'
import { discardDraft, emptyDraft, loadDraft, missing, saveDraft, submission } from '@/logic/draft'
import { newIdempotencyKey } from '@/logic/keys'

describe('the opinion draft', () => {
  it('survives closing the app, with its photos and its one Idempotency-Key', () => {
    const draft = emptyDraft(2, '城关街道人大代表联络站')
    draft.title = '村口路灯坏了'
    draft.photos.push({ id: 11, preview: 'data:image/jpeg;base64,xx' }, { id: 12, preview: 'p' })
    saveDraft(draft)
    const again = loadDraft()!
    expect(again.key).toBe(draft.key)
    expect(again.title).toBe('村口路灯坏了')
    expect(again.photos.map((p) => p.id)).toEqual([11, 12])
    saveDraft({ ...again, content: '更多' })
    expect(loadDraft()!.key).toBe(draft.key)
  })

  it('keeps the exact body that was sent, so reopening sends that one again', () => {
    const draft = emptyDraft(2)
    Object.assign(draft, { title: '村口路灯坏了', content: '村口路灯坏了很久，晚上看不清路。' })
    draft.sending = submission(draft)
    saveDraft(draft)
    expect(loadDraft()!.sending).toEqual(draft.sending)
  })

  it('a new draft has a new key; a discarded one is gone', () => {
    expect(emptyDraft().key).not.toBe(emptyDraft().key)
    saveDraft(emptyDraft())
    discardDraft()
    expect(loadDraft()).toBeNull()
  })

  it('becomes the contract\'s NewOpinion: a confidential one is never consented for publishing', () => {
    const draft = emptyDraft(2)
    Object.assign(draft, { title: ' 村口路灯坏了 ', content: '村口路灯坏了很久，晚上看不清路。', confidential: true, consentToPublish: true, deputyId: 5 })
    draft.photos.push({ id: 3, preview: '' })
    expect(submission(draft)).toEqual({
      stationId: 2, kind: 'SUGGESTION', title: '村口路灯坏了', content: '村口路灯坏了很久，晚上看不清路。',
      anonymous: false, confidential: true, consentToPublish: false, photoIds: [3], deputyId: 5,
    })
  })

  it('says in plain words what is missing, with the contract\'s limits', () => {
    const draft = emptyDraft()
    expect(missing(draft)).toMatch(/联络站/)
    draft.stationId = 2
    draft.title = '路灯'
    expect(missing(draft)).toMatch(/至少写 5 个字/)
    draft.title = '村口路灯坏了'
    draft.content = '太黑了'
    expect(missing(draft)).toMatch(/至少写 10 个字/)
    draft.content = '村口路灯坏了很久，晚上看不清路。'
    draft.contactPhone = '12345'
    expect(missing(draft)).toMatch(/11 位/)
    draft.contactPhone = '13812345678'
    expect(missing(draft)).toBeNull()
  })

  it('keys are printable ASCII within the server\'s 128 characters', () => {
    const key = newIdempotencyKey('opinion')
    expect(key).toMatch(/^[\x21-\x7E]{1,128}$/)
  })
})
