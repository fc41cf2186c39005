import { describe, expect, it } from 'vitest'
import { countyDate, deadlineText, refreshDelay } from './time'
import { filtersFromQuery, queryFromFilters } from './queueQuery'
import { dutyCounts, flagReasonText, offeredActions, offeredSuggestionActions } from './labels'
import { percent, toCsv } from './csv'

describe('deadlineText', () => {
  const now = Date.parse('2026-11-30T10:00:00+08:00')
  it('counts working days left, and the last day', () => {
    expect(deadlineText(3, '2026-12-04T00:00:00+08:00', now)).toEqual({ text: '剩 3 个工作日', overdue: false })
    expect(deadlineText(0, '2026-12-01T00:00:00+08:00', now)).toEqual({ text: '今日到期', overdue: false })
  })
  it('is red once the deadline passed, even with no working day behind it yet', () => {
    expect(deadlineText(-2, '2026-11-26T00:00:00+08:00', now)).toEqual({ text: '逾期 2 个工作日', overdue: true })
    expect(deadlineText(0, '2026-11-29T00:00:00+08:00', now)).toEqual({ text: '已逾期', overdue: true })
  })
  it('shows a dash without a deadline', () => {
    expect(deadlineText(null, null, now).text).toBe('—')
  })
})

describe('queue filters in the URL', () => {
  it('keep known filters and drop garbage', () => {
    expect(filtersFromQuery({ state: 'SUBMITTED', stationId: '12', overdue: 'true', flagged: 'maybe', regionId: 'x1', evil: 'y' }))
      .toEqual({ state: 'SUBMITTED', stationId: 12, overdue: true })
  })
  it('round-trip, leaving out what is off', () => {
    const query = queryFromFilters({ q: '路灯', overdue: false, supervised: true, dueWithinWorkingDays: 2 })
    expect(query).toEqual({ q: '路灯', supervised: 'true', dueWithinWorkingDays: '2' })
    expect(filtersFromQuery(query)).toEqual({ q: '路灯', supervised: true, dueWithinWorkingDays: 2 })
  })
})

describe('labels', () => {
  it('offers only the actions the API allows, in the page order', () => {
    expect(offeredActions(['NOTE', 'ACCEPT', 'REVEAL_PHONE', 'REJECT'])).toEqual(['ACCEPT', 'REJECT', 'NOTE'])
    expect(offeredActions(undefined)).toEqual([])
  })
  it('reads the screen reasons', () => {
    expect(flagReasonText('SENSITIVE_WORDS:赌博、诈骗; WECHAT_UNREACHABLE')).toBe('含敏感词：赌博、诈骗；微信内容安全接口不可用')
  })
})

describe('refreshDelay', () => {
  it('refreshes a minute before a 15-minute token ends, and never at once', () => {
    expect(refreshDelay(900)).toBe(840_000)
    expect(refreshDelay(0)).toBe(5_000)
  })
})

describe('toCsv', () => {
  it('starts with a BOM for Excel and quotes cells that need it', () => {
    expect(toCsv(['单位', '说明'], [['县交通局', '含,逗号'], ['县"水利"局', null]]))
      .toBe('\uFEFF单位,说明\r\n县交通局,"含,逗号"\r\n"县""水利""局",\r\n')
  })
  it('keeps a cell from running as a formula', () => {
    expect(toCsv(['a'], [['=1+1']])).toBe("\uFEFFa\r\n'=1+1\r\n")
  })
})

describe('percent', () => {
  it('shows a share with one decimal, and a dash with nothing to divide', () => {
    expect(percent(0.5)).toBe('50.0%')
    expect(percent(null)).toBe('—')
  })
})

describe('offeredSuggestionActions', () => {
  it('offers what the API allows and the page has a dialog for, in the page order', () => {
    expect(offeredSuggestionActions(['NOTE', 'RATE', 'ACCEPT'])).toEqual(['ACCEPT', 'NOTE'])
  })
})

describe('dutyCounts', () => {
  it('names the types in Chinese and leaves out those with none', () => {
    expect(dutyCounts({ VISIT: 2, MEETING: 0, RECEPTION: 1 })).toBe('走访 2，接待选民 1')
    expect(dutyCounts(null)).toBe('')
  })
})

describe('countyDate', () => {
  it('turns the day at midnight in Beijing, not in UTC', () => {
    expect(countyDate(new Date('2026-12-07T15:59:59Z'))).toBe('2026-12-07')
    expect(countyDate(new Date('2026-12-07T17:10:00Z'))).toBe('2026-12-08')
    expect(countyDate(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01')
  })
})
