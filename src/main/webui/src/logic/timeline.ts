import type { Schemas } from '../api/client'
import { EVENT_LABELS, ROLE_LABELS, SUGGESTION_EVENT_LABELS, SUGGESTION_ROLE_LABELS } from './labels'

/** One entry of a case's timeline as the console shows it, whichever loop the case is of. */
export interface TimelineEntry {
  key: number
  at: string | undefined
  label: string
  role: string
  note: string | undefined
  /** Seen only by those who handle the case. */
  internal: boolean
  photoIds: number[]
}

export function opinionTimeline(events: Schemas['OpinionEvent'][]): TimelineEntry[] {
  return events.map((e, i) => ({
    key: e.seq ?? i, at: e.createdAt ?? undefined, label: EVENT_LABELS[e.type!] ?? e.type ?? '', role: ROLE_LABELS[e.actorRole!] ?? '',
    note: e.note ?? undefined, internal: e.visibility === 'INTERNAL', photoIds: e.photoIds ?? [],
  }))
}

/** A suggestion's notes are the office's own; everything else its deputies follow too. */
export function suggestionTimeline(events: Schemas['SuggestionEvent'][]): TimelineEntry[] {
  return events.map((e, i) => ({
    key: e.seq ?? i, at: e.createdAt ?? undefined, label: SUGGESTION_EVENT_LABELS[e.type!] ?? e.type ?? '',
    role: SUGGESTION_ROLE_LABELS[e.actorRole!] ?? '', note: e.note ?? undefined, internal: e.type === 'NOTE', photoIds: [],
  }))
}
