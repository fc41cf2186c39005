import type { Schemas } from '@/api/client'

type Summary = Schemas['OpinionSummary']

const DONE: Schemas['OpinionState'][] = ['REPLIED', 'CLOSED', 'REJECTED', 'MERGED', 'WITHDRAWN']

/** Whether an opinion still waits for an answer from whoever handles it. */
export function open(o: Pick<Summary, 'state'>): boolean {
  return !!o.state && !DONE.includes(o.state)
}

/** Past its deadline and still waiting: the deputy's list marks it. */
export function overdue(o: Pick<Summary, 'state' | 'dueAt'>, now = Date.now()): boolean {
  return open(o) && !!o.dueAt && new Date(o.dueAt).getTime() < now
}

/**
 * A deputy's list in the order to work through it: what still waits first, supervised (督办) and
 * overdue ones at the top, then the nearest deadline first; answered ones after, newest first.
 */
export function byUrgency(items: Summary[], now = Date.now()): Summary[] {
  const rank = (o: Summary) => (!open(o) ? 3 : o.supervised ? 0 : overdue(o, now) ? 1 : 2)
  const due = (o: Summary) => (o.dueAt ? new Date(o.dueAt).getTime() : Number.MAX_SAFE_INTEGER)
  const made = (o: Summary) => (o.createdAt ? new Date(o.createdAt).getTime() : 0)
  return [...items].sort((a, b) => rank(a) - rank(b) || (rank(a) === 3 ? made(b) - made(a) : due(a) - due(b)))
}

/** The staff lists the phone offers, as filters of the staff queue (GET /staff/opinions). */
export const STAFF_LISTS = {
  flagged: { title: '待审核', query: { flagged: true } },
  new: { title: '待受理', query: { state: 'SUBMITTED' as const } },
  overdue: { title: '已超期', query: { overdue: true } },
  supervised: { title: '督办中', query: { supervised: true } },
} as const

export type StaffList = keyof typeof STAFF_LISTS

export const DUTY_TYPES: Record<Schemas['DutyType'], string> = {
  RECEPTION: '接待选民', VISIT: '走访', INSPECTION: '视察', RESEARCH: '调研', LAW_CHECK: '执法检查', MEETING: '会议', TRAINING: '培训', OTHER: '其他',
}

export const DUTY_STATES: Record<Schemas['DutyRecordState'], string> = {
  DRAFT: '草稿', SUBMITTED: '已提交，等待审核', PUBLISHED: '已公开', RETURNED: '退回修改',
}

export const REJECT_REASONS: Record<Schemas['RejectReason'], string> = {
  OUT_OF_SCOPE: '不属于受理范围', IN_LITIGATION: '已进入诉讼、仲裁或复议', DUPLICATE: '重复提交', ABUSIVE: '含有辱骂等不当内容',
  INSUFFICIENT_INFO: '情况不清楚，无法办理', OTHER: '其他原因',
}

/** What the phone does of an opinion's allowed actions; the rest are named and left to the console. */
export const ON_THE_PHONE: Schemas['OpinionAction'][] = ['REPLY', 'ACCEPT', 'REJECT', 'CLEAR_FLAG', 'ASSIGN', 'TRANSFER']

export const DESK_ACTIONS: Partial<Record<Schemas['OpinionAction'], string>> = {
  MERGE: '合并', EXTEND: '延期', PUBLISH: '公开', UNPUBLISH: '撤下公开', NOTE: '内部备注', REVEAL_PHONE: '查看完整电话', REISSUE_LOOKUP_CODE: '重发查询码',
}

/** Of the allowed actions, those the console has to do (the phone does the rest). */
export function leftToTheDesk(allowed: readonly Schemas['OpinionAction'][] | null | undefined): string[] {
  return (allowed ?? []).map((a) => DESK_ACTIONS[a]).filter((w): w is string => !!w)
}
