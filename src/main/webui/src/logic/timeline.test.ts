import { describe, expect, it } from 'vitest'
import { opinionTimeline, suggestionTimeline } from './timeline'

describe('one timeline for every loop', () => {
  it('shows an opinion entry with its label, role, note, photos, and internal when staff only see it', () => {
    const [accepted, note] = opinionTimeline([
      { seq: 1, type: 'ACCEPT', actorRole: 'STAFF', note: '已受理', visibility: 'PUBLIC', photoIds: [7], createdAt: '2026-11-30T02:00:00Z' },
      { seq: 2, type: 'NOTE', actorRole: 'STAFF', note: '电话联系过', visibility: 'INTERNAL' },
    ])
    expect(accepted).toMatchObject({ key: 1, label: '受理', note: '已受理', internal: false, photoIds: [7], at: '2026-11-30T02:00:00Z' })
    expect(accepted.role).not.toBe('')
    expect(note).toMatchObject({ key: 2, internal: true, photoIds: [] })
  })
  it('keeps a suggestion note to the office, and everything else for its deputies too', () => {
    const [accepted, note] = suggestionTimeline([
      { seq: 1, type: 'ACCEPTED', actorRole: 'STAFF' },
      { seq: 2, type: 'NOTE', actorRole: 'STAFF', note: '催办' },
    ])
    expect(accepted).toMatchObject({ key: 1, internal: false, note: undefined, photoIds: [] })
    expect(accepted.label).not.toBe('')
    expect(note).toMatchObject({ internal: true, note: '催办' })
  })
  it('numbers entries that have no sequence yet by their place', () => {
    expect(suggestionTimeline([{ type: 'CREATED' }, { type: 'EDITED' }]).map((e) => e.key)).toEqual([0, 1])
  })
})
