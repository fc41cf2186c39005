import { beforeEach, describe, expect, it, vi } from 'vitest'
import { api, call, messageOf, problemMessage, Refusal, whenSessionEnds } from '@/api/client'
import { timers } from '@/api/http'
import { tokens } from '@/api/tokens'
import { wire } from './setup'

const signedIn = (access: string, refresh: string) => ({ accessToken: access, refreshToken: refresh, expiresIn: 900, user: { id: 1 } })
const header = (i: number, name: string) => {
  const h = wire.sent[i].header
  return h[name] ?? h[name.toLowerCase()]
}

describe('the client over uni.request', () => {
  let ended: ReturnType<typeof vi.fn>
  beforeEach(() => {
    timers.sleep = vi.fn(async () => {})
    ended = vi.fn()
    whenSessionEnds(ended)
    tokens.save(signedIn('old-access', 'old-refresh'))
  })

  it('sends the stored bearer token and asks for Chinese words', async () => {
    wire.answers = [{ status: 200, body: { id: 1 } }]
    await call(api.GET('/api/v1/me'))
    expect(header(0, 'Authorization')).toBe('Bearer old-access')
    expect(header(0, 'Accept-Language')).toBe('zh-CN')
  })

  it('renews the tokens once on a 401 and sends the call again with the new one', async () => {
    wire.answers = [{ status: 401, body: { code: 'UNAUTHENTICATED' } }, { status: 200, body: signedIn('new-access', 'new-refresh') }, { status: 200, body: { id: 1, nickname: '老王' } }]
    const me = await call(api.GET('/api/v1/me'))
    expect(me.nickname).toBe('老王')
    expect(wire.sent.map((s) => s.url)).toEqual(['/api/v1/me', '/api/v1/auth/refresh', '/api/v1/me'])
    expect(JSON.parse(wire.sent[1].data as string)).toEqual({ refreshToken: 'old-refresh' })
    expect(header(2, 'Authorization')).toBe('Bearer new-access')
    expect(tokens.read()?.refreshToken).toBe('new-refresh')
    expect(ended).not.toHaveBeenCalled()
  })

  it('renews once for calls refused together: a refresh token is spent by its first use', async () => {
    wire.answers = [{ status: 401 }, { status: 401 }, { status: 200, body: signedIn('new-access', 'new-refresh') }, { status: 200, body: {} }, { status: 200, body: {} }]
    await Promise.all([call(api.GET('/api/v1/me')), call(api.GET('/api/v1/me/opinions'))])
    expect(wire.sent.filter((s) => s.url.endsWith('/auth/refresh'))).toHaveLength(1)
  })

  it('when the renewal is refused: the tokens go and the person is sent to sign in, once', async () => {
    wire.answers = [{ status: 401 }, { status: 401, body: { code: 'REFRESH_TOKEN_INVALID' } }]
    await expect(call(api.GET('/api/v1/me'))).rejects.toBeInstanceOf(Refusal)
    expect(tokens.read()).toBeNull()
    expect(ended).toHaveBeenCalledOnce()
    expect(wire.sent).toHaveLength(2)
  })

  it('a still refused retry after renewal ends the session instead of looping', async () => {
    wire.answers = [{ status: 401 }, { status: 200, body: signedIn('a', 'b') }, { status: 401 }]
    await expect(call(api.GET('/api/v1/me'))).rejects.toMatchObject({ status: 401 })
    expect(wire.sent).toHaveLength(3)
    expect(ended).toHaveBeenCalledOnce()
  })

  it('a sign-in refused (bad code) is an answer, not an expired session', async () => {
    wire.answers = [{ status: 401, body: { type: 't', title: '登录失败', status: 401, code: 'WECHAT_CODE_INVALID', detail: '微信登录码无效或已使用，请重试。' } }]
    await expect(call(api.POST('/api/v1/auth/wechat-login', { body: { code: 'x' } }))).rejects.toThrow('微信登录码无效或已使用，请重试。')
    expect(ended).not.toHaveBeenCalled()
  })

  it('a submission sends its Idempotency-Key and its body with every try', async () => {
    wire.answers = [{ fail: 'request:fail timeout' }, { status: 201, body: { id: 9, trackingNo: 'SQ-1' } }]
    const body = { stationId: 2, kind: 'REQUEST' as const, title: '村口路灯坏了', content: '村口路灯坏了很久，晚上看不清路。' }
    const opinion = await call(api.POST('/api/v1/opinions', { body, params: { header: { 'Idempotency-Key': 'opinion-1' } } }))
    expect(opinion.id).toBe(9)
    expect([header(0, 'Idempotency-Key'), header(1, 'Idempotency-Key')]).toEqual(['opinion-1', 'opinion-1'])
    expect(wire.sent[0].data).toBe(wire.sent[1].data)
  })
})

describe('what the person reads when a call fails', () => {
  it('the problem\'s Chinese detail, then what its fields say', async () => {
    wire.answers = [{
      status: 400, header: { 'Content-Type': 'application/problem+json' },
      body: { type: 'urn:x', title: '请求有误', status: 400, code: 'VALIDATION_FAILED', detail: '提交的内容不符合要求。', errors: [{ field: 'title', message: '标题至少 5 个字' }] },
    }]
    const refused = await call(api.GET('/api/v1/me')).catch((e) => e)
    expect(refused).toBeInstanceOf(Refusal)
    expect(refused.message).toBe('提交的内容不符合要求。；标题至少 5 个字')
    expect(refused.code).toBe('VALIDATION_FAILED')
    expect(messageOf(refused)).not.toMatch(/VALIDATION_FAILED/)
  })

  it('never a raw code, even when the problem has nothing else', () => {
    expect(problemMessage({ title: 'RATE_LIMITED', code: 'RATE_LIMITED', status: 429 }, 429)).toBe('操作太频繁了，请过一会儿再试。')
    expect(problemMessage('<html>Bad gateway</html>', 502)).toBe('没有办成，请稍后再试。')
  })

  it('no answer at all: the network, in plain words', async () => {
    wire.answers = Array.from({ length: 5 }, () => ({ fail: 'request:fail timeout' }))
    timers.sleep = vi.fn(async () => {})
    const refused = await call(api.GET('/api/v1/stations')).catch((e) => e)
    expect(refused).toBeInstanceOf(Refusal)
    expect(refused.status).toBe(0)
    expect(refused.message).toMatch(/网络不好/)
  })
})
