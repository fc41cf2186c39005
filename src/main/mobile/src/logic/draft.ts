import type { Schemas } from '@/api/client'
import { newIdempotencyKey } from './keys'

type NewOpinion = Schemas['NewOpinion']

/** A photo of the draft: uploaded (id) and the phone's own copy to show, since a private photo needs a token to fetch. */
export interface DraftPhoto {
  id: number
  preview: string
}

/**
 * The opinion being written, kept in uni storage at every change so that it survives closing the
 * app: its text, its choices, the photos already uploaded, and its Idempotency-Key, made once for
 * the draft and sent with every try. Once tapped, {@link sending} holds the exact body sent, so
 * that reopening the app finishes that submission with the same key instead of making a second.
 */
export interface OpinionDraft {
  key: string
  stationId: number | null
  stationName: string
  /** 0: no deputy chosen */
  deputyId: number
  kind: Schemas['OpinionKind']
  /** 0: no category chosen */
  categoryId: number
  title: string
  content: string
  place: string
  anonymous: boolean
  confidential: boolean
  consentToPublish: boolean
  contactPhone: string
  photos: DraftPhoto[]
  sending: NewOpinion | null
  savedAt: number
}

const KEY = 'liaison.opinion-draft'

export function emptyDraft(stationId: number | null = null, stationName = ''): OpinionDraft {
  return {
    key: newIdempotencyKey('opinion'), stationId, stationName, deputyId: 0, kind: 'SUGGESTION', categoryId: 0,
    title: '', content: '', place: '', anonymous: false, confidential: false, consentToPublish: true, contactPhone: '',
    photos: [], sending: null, savedAt: Date.now(),
  }
}

export function loadDraft(): OpinionDraft | null {
  const stored = uni.getStorageSync(KEY) as OpinionDraft | '' | undefined
  return stored && stored.key ? { ...emptyDraft(), ...stored } : null
}

export function saveDraft(draft: OpinionDraft) {
  uni.setStorageSync(KEY, { ...draft, savedAt: Date.now() })
}

export function discardDraft() {
  uni.removeStorageSync(KEY)
}

/** Whether the person wrote anything worth keeping. */
export function hasContent(draft: OpinionDraft) {
  return !!(draft.title.trim() || draft.content.trim() || draft.photos.length)
}

/** The body the contract takes (NewOpinion), from the draft. */
export function submission(draft: OpinionDraft): NewOpinion {
  const body: NewOpinion = {
    stationId: draft.stationId ?? 0,
    kind: draft.kind,
    title: draft.title.trim(),
    content: draft.content.trim(),
    anonymous: draft.anonymous,
    confidential: draft.confidential,
    consentToPublish: draft.confidential ? false : draft.consentToPublish,
    photoIds: draft.photos.map((p) => p.id),
  }
  if (draft.deputyId) body.deputyId = draft.deputyId
  if (draft.categoryId) body.categoryId = draft.categoryId
  if (draft.place.trim()) body.place = draft.place.trim()
  if (draft.contactPhone.trim()) body.contactPhone = draft.contactPhone.trim()
  return body
}

/**
 * What the draft lacks before it can go, in plain words, or null when it can go: the same limits
 * as the contract's NewOpinion (title 5–50, content 10–2000 characters, a phone of 11 digits).
 */
export function missing(draft: OpinionDraft): string | null {
  if (!draft.stationId) return '请先选择联络站。'
  const title = draft.title.trim().length
  if (title < 5) return '标题至少写 5 个字。'
  if (title > 50) return '标题最多 50 个字。'
  const content = draft.content.trim().length
  if (content < 10) return '内容至少写 10 个字，把事情说清楚。'
  if (content > 2000) return '内容最多 2000 个字。'
  if (draft.contactPhone.trim() && !/^1\d{10}$/.test(draft.contactPhone.trim())) return '手机号应为 11 位数字。'
  if (draft.photos.length > 9) return '照片最多 9 张。'
  return null
}
