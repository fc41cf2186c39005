import type { Schemas } from '@/api/client'

/** Plain Chinese words for the contract's enums, as a citizen reads them. */
export const KINDS: Record<Schemas['OpinionKind'], string> = {
  SUGGESTION: '建议', REQUEST: '诉求', CONSULTATION: '咨询', COMPLAINT: '投诉', OTHER: '其他',
}

export const STATES: Record<Schemas['OpinionState'], string> = {
  SUBMITTED: '已提交，等待受理', ACCEPTED: '已受理', IN_PROGRESS: '办理中', REPLIED: '已答复',
  CLOSED: '已办结', REJECTED: '未受理', MERGED: '已合并办理', WITHDRAWN: '已撤回',
}

export const EVENTS: Record<Schemas['EventType'], string> = {
  SUBMITTED: '提交意见', FLAGGED: '转人工审核', ACCEPT: '受理', REJECT: '不予受理', MERGE: '合并办理', ASSIGN: '交代表办理',
  TRANSFER: '转有关部门办理', REPLY: '答复', FOLLOW_UP: '补充情况', WITHDRAW: '撤回', RATE: '评价', NOTE: '内部备注',
  PHONE_REVEALED: '查看电话', REISSUE_LOOKUP_CODE: '重发查询码', EXTEND: '延期办理', PUBLISH: '公开', UNPUBLISH: '撤下公开',
  FLAG_CLEARED: '审核通过', SUPERVISED: '督办', AUTO_CLOSED: '自动办结', SUGGESTION_FORMED: '形成代表建议',
  SUGGESTION_ANSWERED: '代表建议已答复', SUGGESTION_RATED: '代表建议已评价',
}

export const RATINGS: Record<Schemas['Rating'], string> = {
  SATISFIED: '满意', BASICALLY_SATISFIED: '基本满意', UNSATISFIED: '不满意',
}

export const BOOKINGS: Record<Schemas['BookingState'], string> = {
  BOOKED: '已预约', CANCELLED: '已取消', ATTENDED: '已到场', NO_SHOW: '未到场',
}

export const LEVELS: Record<Schemas['StationLevel'], string> = {
  COUNTY_CENTER: '县级代表联络中心', TOWNSHIP_STATION: '乡镇（街道）代表联络站', VILLAGE_ROOM: '村（社区）代表联络点',
}

export const DEPUTY_LEVELS: Record<Schemas['DeputyLevel'], string> = {
  TOWNSHIP: '乡镇人大代表', COUNTY: '县人大代表', CITY: '市人大代表', PROVINCE: '省人大代表', NATIONAL: '全国人大代表',
}

export const ACTORS: Record<Schemas['ActorRole'], string> = {
  SUBMITTER: '您', ASSIGNED_DEPUTY: '代表', STAFF: '工作人员', ADMIN: '工作人员', SYSTEM: '系统',
}

/** A time as 2026-03-05 14:30 in Beijing time, whatever the phone's zone. */
export function when(iso: string | null | undefined): string {
  if (!iso) return ''
  const t = new Date(new Date(iso).getTime() + 8 * 3600_000)
  const two = (n: number) => String(n).padStart(2, '0')
  return `${t.getUTCFullYear()}-${two(t.getUTCMonth() + 1)}-${two(t.getUTCDate())} ${two(t.getUTCHours())}:${two(t.getUTCMinutes())}`
}

/** 1.2 公里 / 350 米 */
export function distance(metres: number | null | undefined): string {
  if (metres == null) return ''
  return metres >= 1000 ? `${(metres / 1000).toFixed(1)} 公里` : `${Math.round(metres)} 米`
}

/**
 * What the answer to a submission means, in plain words: a sensitive word or a check sends it to a
 * person before it is accepted; a confidential one gets a lookup code to keep.
 */
export function submittedWords(opinion: Schemas['Opinion']): string[] {
  const words = [`您的意见已提交，编号 ${opinion.trackingNo}。工作人员会在规定时间内受理，受理和答复都会通知您。`]
  if (opinion.flagged) words.push('意见里有些字词需要工作人员先看一下，这不影响办理，请耐心等待。')
  if (opinion.lookupCode) words.push(`这是保密意见，不会公开。请记下查询码 ${opinion.lookupCode}，凭编号和查询码可以查进度。`)
  return words
}
