/** Milliseconds to wait before refreshing a token that expires in {@code expiresIn} seconds. */
export function refreshDelay(expiresIn: number): number {
  const margin = Math.min(60, expiresIn / 4)
  return Math.max(5, expiresIn - margin) * 1000
}

const dateTime = new Intl.DateTimeFormat('zh-CN', {
  year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
})

/** An API time as office staff read it: local date and time, to the minute. */
export function localTime(iso: string | null | undefined): string {
  return iso ? dateTime.format(new Date(iso)).replace(/\//g, '-') : '—'
}

/**
 * A deadline in working days left, as the queue shows it; {@code overdue} (red) comes from the
 * deadline itself, since a deadline missed on a weekend has no working day behind it yet.
 */
export function deadlineText(workingDaysLeft: number | null | undefined, dueAt: string | null | undefined,
  now: number = Date.now()): { text: string; overdue: boolean } {
  if (!dueAt || workingDaysLeft === null || workingDaysLeft === undefined) return { text: '—', overdue: false }
  if (Date.parse(dueAt) <= now) {
    return { text: workingDaysLeft < 0 ? `逾期 ${-workingDaysLeft} 个工作日` : '已逾期', overdue: true }
  }
  if (workingDaysLeft === 0) return { text: '今日到期', overdue: false }
  return { text: `剩 ${workingDaysLeft} 个工作日`, overdue: false }
}

/**
 * The county's calendar day (China has one time zone) as YYYY-MM-DD. The browser's own zone, or
 * UTC from toISOString, would end "today" eight hours early: the server counts days in Beijing time.
 */
export function countyDate(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(now)
}
