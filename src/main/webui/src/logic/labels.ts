import type { Schemas } from '../api/client'

/** What staff read: Chinese names for the contract's enums. */
export const STATE_LABELS: Record<Schemas['OpinionState'], string> = {
  SUBMITTED: '待受理', ACCEPTED: '已受理', IN_PROGRESS: '办理中', REPLIED: '已答复',
  CLOSED: '已办结', REJECTED: '不予受理', MERGED: '已合并', WITHDRAWN: '已撤回',
}

export const KIND_LABELS: Record<Schemas['OpinionKind'], string> = {
  SUGGESTION: '意见建议', REQUEST: '求决', CONSULTATION: '咨询', COMPLAINT: '揭发控告', OTHER: '其他',
}

export const REJECT_LABELS: Record<Schemas['RejectReason'], string> = {
  OUT_OF_SCOPE: '不属于受理范围', IN_LITIGATION: '已进入诉讼、仲裁等程序', DUPLICATE: '重复提交',
  ABUSIVE: '含有辱骂等不当内容', INSUFFICIENT_INFO: '信息不全，无法办理', OTHER: '其他原因',
}

export const RATING_LABELS: Record<Schemas['Rating'], string> = {
  SATISFIED: '满意', BASICALLY_SATISFIED: '基本满意', UNSATISFIED: '不满意',
}

export const EVENT_LABELS: Record<Schemas['EventType'], string> = {
  SUBMITTED: '提交', FLAGGED: '转人工审核', ACCEPT: '受理', REJECT: '不予受理', MERGE: '合并', ASSIGN: '交代表办理',
  TRANSFER: '转交部门', REPLY: '答复', FOLLOW_UP: '群众补充', WITHDRAW: '撤回', RATE: '评价', NOTE: '内部备注',
  PHONE_REVEALED: '查看完整电话', REISSUE_LOOKUP_CODE: '重发查询码', EXTEND: '延期', PUBLISH: '公开',
  UNPUBLISH: '撤销公开', FLAG_CLEARED: '审核通过', SUPERVISED: '督办', AUTO_CLOSED: '逾期未评价自动办结',
  SUGGESTION_FORMED: '形成代表建议', SUGGESTION_ANSWERED: '代表建议已答复', SUGGESTION_RATED: '代表建议已测评',
}

export const ROLE_LABELS: Record<Schemas['ActorRole'], string> = {
  SUBMITTER: '群众', ASSIGNED_DEPUTY: '代表', STAFF: '工作人员', ADMIN: '管理员', SYSTEM: '系统',
}

/** The staff actions the opinion page offers as buttons, in this order, with their names. */
export const ACTION_BUTTONS: Partial<Record<Schemas['OpinionAction'], string>> = {
  ACCEPT: '受理', REJECT: '不予受理', MERGE: '合并', ASSIGN: '交代表', TRANSFER: '转部门', REPLY: '答复',
  EXTEND: '延期', PUBLISH: '公开', UNPUBLISH: '撤销公开', CLEAR_FLAG: '审核通过', NOTE: '备注',
}

/** The actions offered now, in the page's order: those the API allows and the page has a dialog for. */
export function offeredActions(allowed: readonly Schemas['OpinionAction'][] | null | undefined): Schemas['OpinionAction'][] {
  const set = new Set(allowed ?? [])
  return (Object.keys(ACTION_BUTTONS) as Schemas['OpinionAction'][]).filter((a) => set.has(a))
}

/** Reasons the screen gave for holding an opinion ("SENSITIVE_WORDS:词; WECHAT_REVIEW:21000"), as staff read them. */
export function flagReasonText(reasons: string | null | undefined): string {
  if (!reasons) return ''
  return reasons.split(';').map((r) => r.trim()).filter(Boolean).map((reason) => {
    const colon = reason.indexOf(':')
    const code = colon < 0 ? reason : reason.slice(0, colon)
    const detail = colon < 0 ? '' : reason.slice(colon + 1)
    const label = FLAG_REASONS[code] ?? code
    return detail ? `${label}：${detail}` : label
  }).join('；')
}

const FLAG_REASONS: Record<string, string> = {
  SENSITIVE_WORDS: '含敏感词',
  WECHAT_REVIEW: '微信内容安全建议复核',
  WECHAT_RISKY: '微信内容安全判定有风险',
  WECHAT_UNREACHABLE: '微信内容安全接口不可用',
  UNSATISFIED_TWICE: '两次评价不满意',
  OPEN311_PARTNER: '经 Open311 合作方提交',
}

export const SUGGESTION_STATE_LABELS: Record<Schemas['SuggestionState'], string> = {
  DRAFT: '草稿', SUBMITTED: '待审查', NOT_ACCEPTED: '不予立案', WITHDRAWN: '已撤回', ACCEPTED: '已立案', ASSIGNED: '办理中',
  ANSWERED: '已答复', CLOSED: '已办结',
}

export const SUGGESTION_EVENT_LABELS: Record<Schemas['SuggestionEventType'], string> = {
  CREATED: '起草', EDITED: '修改', COSIGNED: '确认联名', COSIGN_DECLINED: '拒绝联名', SUBMITTED: '提交', WITHDRAWN: '撤回',
  ACCEPTED: '立案', NOT_ACCEPTED: '不予立案', ASSIGNED: '交办', ANSWERED: '承办单位答复', EXTENDED: '延期', SUPERVISED: '督办',
  RATED: '代表测评', PUBLISHED: '公开', NOTE: '内部备注',
}

export const SUGGESTION_ROLE_LABELS: Record<Schemas['SuggestionRole'], string> = {
  LEAD_DEPUTY: '领衔代表', COSIGNER: '联名代表', STAFF: '工作人员', ADMIN: '管理员', SYSTEM: '系统',
}

export const RESULT_CLASS_LABELS: Record<Schemas['ResultClass'], string> = {
  A: 'A 类 已解决或采纳', B: 'B 类 正在解决或列入计划解决', C: 'C 类 因条件限制暂不能解决',
}

/** The office's actions on a suggestion the page offers as buttons, in this order. */
export const SUGGESTION_ACTION_BUTTONS: Partial<Record<Schemas['SuggestionAction'], string>> = {
  ACCEPT: '立案', NOT_ACCEPT: '不予立案', ASSIGN: '交办', ANSWER: '录入答复', EXTEND: '延期', SUPERVISE: '督办',
  PUBLISH: '公开', NOTE: '备注',
}

export function offeredSuggestionActions(allowed: readonly Schemas['SuggestionAction'][] | null | undefined): Schemas['SuggestionAction'][] {
  const set = new Set(allowed ?? [])
  return (Object.keys(SUGGESTION_ACTION_BUTTONS) as Schemas['SuggestionAction'][]).filter((a) => set.has(a))
}

export const DUTY_TYPE_LABELS: Record<Schemas['DutyType'], string> = {
  RECEPTION: '接待选民', VISIT: '走访', INSPECTION: '视察', RESEARCH: '调研', LAW_CHECK: '执法检查', MEETING: '会议', TRAINING: '培训', OTHER: '其他',
}

/** A deputy's duty records of a quarter by type, as staff read them: 走访 2，会议 1. */
export function dutyCounts(byType: Record<string, number | undefined> | null | undefined): string {
  return Object.entries(byType ?? {}).filter(([, n]) => n).map(([type, n]) => `${DUTY_TYPE_LABELS[type as Schemas['DutyType']] ?? type} ${n}`).join('，')
}
