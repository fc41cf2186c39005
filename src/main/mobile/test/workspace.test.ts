import { describe, expect, it } from 'vitest'
import { tokens } from '@/api/tokens'
import { session } from '@/logic/session'
import { bindAsDeputy, codeFromScan, currentWorkspaces, normalisedCode, rememberedDeputyId, workspacesOf } from '@/logic/workspace'
import { wire } from './setup'

const signedIn = (access: string, refresh: string, roles: string[] = ['CITIZEN']) => ({
  accessToken: access, refreshToken: refresh, expiresIn: 900, user: { id: 7, roles },
})
const problem = (status: number, code: string, detail: string) => ({
  status, header: { 'Content-Type': 'application/problem+json' }, body: { type: 'urn:x', title: '请求无效', status, code, detail },
})
const path = (i: number) => wire.sent[i].url.replace(/^[a-z]+:\/\/[^/]+/, '')

describe('which workspace the phone shows', () => {
  it('follows the roles the server gave, and nothing else', () => {
    expect(workspacesOf(['CITIZEN'])).toEqual([])
    expect(workspacesOf(['CITIZEN', 'DEPUTY'])).toEqual(['DEPUTY'])
    expect(workspacesOf(['STAFF'])).toEqual(['STAFF'])
    expect(workspacesOf(['ADMIN'])).toEqual(['STAFF'])
    expect(workspacesOf(null)).toEqual([])
  })

  it('asks GET /me every time: a role the phone remembers but the server took away shows no workspace', async () => {
    tokens.save(signedIn('a1', 'r1', ['CITIZEN', 'DEPUTY']))
    wire.answers = [{ status: 200, body: { id: 7, roles: ['CITIZEN'] } }]
    expect(await currentWorkspaces()).toEqual([])
    expect(path(0)).toBe('/api/v1/me')
    expect(session.user?.roles).toEqual(['CITIZEN'])
    expect(tokens.read()?.user?.roles).toEqual(['CITIZEN'])
  })

  it('nobody signed in: no workspace, and nothing asked', async () => {
    expect(await currentWorkspaces()).toEqual([])
    expect(wire.sent).toHaveLength(0)
  })
})

describe('binding as a deputy with the invitation code', () => {
  it('binds, renews the tokens so the new role is in them, then opens what GET /me says', async () => {
    tokens.save(signedIn('a1', 'r1'))
    wire.answers = [
      { status: 200, body: { deputyId: 61, roles: ['CITIZEN', 'DEPUTY'] } },
      { status: 200, body: signedIn('a2', 'r2', ['CITIZEN', 'DEPUTY']) },
      { status: 200, body: { id: 7, roles: ['CITIZEN', 'DEPUTY'] } },
    ]
    expect(await bindAsDeputy(' c9qa-u7ep ')).toEqual(['DEPUTY'])
    expect(wire.sent.map((_, i) => path(i))).toEqual(['/api/v1/me/deputy-binding', '/api/v1/auth/refresh', '/api/v1/me'])
    expect(JSON.parse(String(wire.sent[0].data))).toEqual({ code: 'C9QAU7EP' })
    expect(JSON.parse(String(wire.sent[1].data))).toEqual({ refreshToken: 'r1' })
    expect(wire.sent[2].header.Authorization ?? wire.sent[2].header.authorization).toBe('Bearer a2')
    expect(tokens.read()?.refreshToken).toBe('r2')
    expect(rememberedDeputyId()).toBe(61)
  })

  it('the binding answered but the server still gives no DEPUTY role: no deputy workspace', async () => {
    tokens.save(signedIn('a1', 'r1'))
    wire.answers = [
      { status: 200, body: { deputyId: 61 } },
      { status: 200, body: signedIn('a2', 'r2') },
      { status: 200, body: { id: 7, roles: ['CITIZEN'] } },
    ]
    expect(await bindAsDeputy('C9QAU7EP')).toEqual([])
  })

  it('a wrong, used or expired code shows the server\'s Chinese words, and nothing is renewed', async () => {
    tokens.save(signedIn('a1', 'r1'))
    wire.answers = [problem(400, 'INVITATION_INVALID', '邀请码无效、已使用或已过期，请向工作人员索取新的邀请码。')]
    await expect(bindAsDeputy('WRONG123')).rejects.toThrow('邀请码无效、已使用或已过期，请向工作人员索取新的邀请码。')
    expect(wire.sent).toHaveLength(1)
    expect(tokens.read()?.refreshToken).toBe('r1')
  })

  it('too many tries: the limit as the API words it', async () => {
    tokens.save(signedIn('a1', 'r1'))
    wire.answers = [{ ...problem(429, 'RATE_LIMITED', '尝试次数太多，请 10 分钟后再试。'), header: { 'Content-Type': 'application/problem+json', 'Retry-After': '600' } }]
    await expect(bindAsDeputy('WRONG123')).rejects.toMatchObject({ status: 429, message: '尝试次数太多，请 10 分钟后再试。' })
  })

  it('an empty code is not sent', async () => {
    await expect(bindAsDeputy('  ')).rejects.toThrow(/邀请码/)
    expect(wire.sent).toHaveLength(0)
  })

  it('renewal refused after binding: says to sign in again rather than showing a workspace', async () => {
    tokens.save(signedIn('a1', 'r1'))
    wire.answers = [{ status: 200, body: { deputyId: 61 } }, problem(401, 'REFRESH_TOKEN_INVALID', '登录已失效')]
    await expect(bindAsDeputy('C9QAU7EP')).rejects.toThrow(/重新登录/)
  })
})

describe('codes as people type or scan them', () => {
  it('drops spaces and dashes, capitalises, and reads a link\'s ?invite=', () => {
    expect(normalisedCode(' c9qa-u7ep ')).toBe('C9QAU7EP')
    expect(codeFromScan('https://liaison.example/m/work/bind/index?invite=c9qau7ep')).toBe('C9QAU7EP')
    expect(codeFromScan('C9QAU7EP')).toBe('C9QAU7EP')
  })
})

describe('the deputy a phone remembers', () => {
  it('belongs to the account that bound, not to the next one signing in on the phone', () => {
    tokens.save(signedIn('a1', 'r1'))
    wire.storage.set('liaison.deputy-id', { user: 7, deputy: 61 })
    expect(rememberedDeputyId()).toBe(61)
    tokens.save({ ...signedIn('a2', 'r2'), user: { id: 8, roles: ['CITIZEN'] } })
    expect(rememberedDeputyId()).toBeNull()
  })

  it('on a phone that did not bind, is found in the deputy\'s own profile change', async () => {
    tokens.save(signedIn('a1', 'r1', ['CITIZEN', 'DEPUTY']))
    wire.answers = [{ status: 200, body: { id: 3, deputyId: 61, state: 'PENDING' } }]
    const { myDeputyId } = await import('@/logic/workspace')
    expect(await myDeputyId()).toBe(61)
    expect(rememberedDeputyId()).toBe(61)
  })
})
