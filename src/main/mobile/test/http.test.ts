import { beforeEach, describe, expect, it, vi } from 'vitest'
import { NetworkFailure, pauseBefore, safeToRepeat, send, timers, TRIES, UniRequest } from '@/api/http'
import { wire } from './setup'

const post = (path: string, key?: string) =>
  new UniRequest(`http://api.test${path}`, { method: 'POST', headers: key ? { 'Idempotency-Key': key } : {}, body: '{}' })

describe('the request adapter retries what is safe to repeat', () => {
  beforeEach(() => {
    timers.sleep = vi.fn(async () => {})
  })

  it('sends a read again after a timeout, with growing pauses, and answers what came', async () => {
    wire.answers = [{ fail: 'request:fail timeout' }, { fail: 'request:fail timeout' }, { status: 200, body: { ok: true } }]
    const response = await send(new UniRequest('http://api.test/api/v1/stations'))
    expect(await response.json()).toEqual({ ok: true })
    expect(wire.sent).toHaveLength(3)
    const pauses = vi.mocked(timers.sleep).mock.calls.map(([ms]) => ms)
    expect(pauses).toHaveLength(2)
    expect(pauses[0]).toBeGreaterThanOrEqual(400)
    expect(pauses[0]).toBeLessThanOrEqual(1200)
    expect(pauses[1]).toBeGreaterThanOrEqual(800)
  })

  it('sends a submission again with the same Idempotency-Key every time', async () => {
    wire.answers = [{ fail: 'request:fail' }, { fail: 'request:fail timeout' }, { status: 201, body: { id: 7 } }]
    await send(post('/api/v1/opinions', 'opinion-abc'))
    expect(wire.sent.map((s) => s.header['Idempotency-Key'] ?? s.header['idempotency-key'])).toEqual(['opinion-abc', 'opinion-abc', 'opinion-abc'])
    expect(wire.sent.map((s) => s.data)).toEqual(['{}', '{}', '{}'])
  })

  it('gives up after the last try with the network failure', async () => {
    wire.answers = Array.from({ length: TRIES + 2 }, () => ({ fail: 'request:fail timeout' }))
    await expect(send(new UniRequest('http://api.test/api/v1/me'))).rejects.toBeInstanceOf(NetworkFailure)
    expect(wire.sent).toHaveLength(TRIES)
  })

  it('never repeats a write that carries no key, nor one the server would do twice', async () => {
    wire.answers = [{ fail: 'request:fail timeout' }]
    await expect(send(post('/api/v1/opinions'))).rejects.toBeInstanceOf(NetworkFailure)
    wire.answers = [{ fail: 'request:fail timeout' }]
    await expect(send(post('/api/v1/opinions/3/follow-ups', 'k'))).rejects.toBeInstanceOf(NetworkFailure)
    expect(wire.sent).toHaveLength(2)
  })

  it('waits out a busy server (503) on a safe request, and returns a refusal at once', async () => {
    wire.answers = [{ status: 503, body: {}, header: { 'Retry-After': '1' } }, { status: 200, body: [] }]
    expect((await send(new UniRequest('http://api.test/api/v1/categories'))).status).toBe(200)
    expect(vi.mocked(timers.sleep)).toHaveBeenCalledWith(1000)
    wire.answers = [{ status: 422, body: { code: 'X' } }]
    expect((await send(post('/api/v1/opinions', 'k'))).status).toBe(422)
    expect(wire.sent).toHaveLength(3)
  })

  it('sends an empty body with a write that has none (uni-h5 would throw on undefined)', async () => {
    wire.answers = [{ status: 200, body: {} }]
    await send(new UniRequest('http://api.test/api/v1/public/opinions/1/supports', { method: 'POST' }))
    expect(wire.sent[0].data).toBe('')
  })
})

describe('what counts as safe to repeat', () => {
  it('reads and keyed creates, not plain writes', () => {
    expect(safeToRepeat(new UniRequest('/api/v1/stations'))).toBe(true)
    expect(safeToRepeat(new UniRequest('/api/v1/me', { method: 'DELETE' }))).toBe(true)
    expect(safeToRepeat(post('/api/v1/opinions', 'k'))).toBe(true)
    expect(safeToRepeat(post('/api/v1/receptions/4/bookings', 'k'))).toBe(true)
    expect(safeToRepeat(post('/api/v1/opinions'))).toBe(false)
    expect(safeToRepeat(post('/api/v1/auth/refresh', 'k'))).toBe(false)
  })

  it('pauses with jitter, doubling, within bounds', () => {
    expect(pauseBefore(2, () => 0)).toBe(400)
    expect(pauseBefore(2, () => 1)).toBe(1200)
    expect(pauseBefore(3, () => 0.5)).toBe(1600)
    expect(pauseBefore(10, () => 1)).toBe(12000)
    expect(pauseBefore(2, () => 0.5, 30)).toBe(8000)
  })
})
