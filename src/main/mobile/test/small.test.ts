import { describe, expect, it } from 'vitest'
import { fitWithin } from '@/logic/photos'
import { stationFrom } from '@/logic/station'
import { accepted } from '@/logic/subscriptions'
import { submittedWords, when } from '@/logic/labels'

describe('photos are brought within 1600 px on the long side', () => {
  it('keeps the shape, and leaves small ones alone', () => {
    expect(fitWithin(4000, 3000)).toEqual({ width: 1600, height: 1200 })
    expect(fitWithin(3000, 4000)).toEqual({ width: 1200, height: 1600 })
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 })
  })
})

describe('a station code opens its station', () => {
  it('reads the scene sid=12, ?station=12 and ?id=12', () => {
    expect(stationFrom({ scene: encodeURIComponent('sid=12') })).toBe(12)
    expect(stationFrom({ station: '7' })).toBe(7)
    expect(stationFrom({ id: '3' })).toBe(3)
    expect(stationFrom({ scene: 'other=1' })).toBeNull()
    expect(stationFrom({ station: 'x' })).toBeNull()
  })
})

describe('plain words', () => {
  it('only the subscribe templates the person accepted are reported', () => {
    expect(accepted({ a: 'accept', b: 'reject', c: 'ban', errMsg: 'requestSubscribeMessage:ok' }, ['a', 'b', 'c'])).toEqual(['a'])
  })

  it('a submission held for review, or confidential, is explained', () => {
    const words = submittedWords({ trackingNo: 'SQ-1', flagged: true, lookupCode: '123456' })
    expect(words.join()).toMatch(/SQ-1/)
    expect(words.join()).toMatch(/工作人员先看一下/)
    expect(words.join()).toMatch(/123456/)
  })

  it('times in Beijing time', () => {
    expect(when('2026-03-05T06:30:00Z')).toBe('2026-03-05 14:30')
  })
})
