import createClient from 'openapi-fetch'
import { NetworkFailure, send, UniRequest, type UniResponse } from './http'
import { API_ORIGIN } from './origin'
import type { components, paths } from './schema'
import { tokens } from './tokens'

/** Every type the app sends or reads comes from the contract (openapi/openapi.json). */
export type Schemas = components['schemas']
export type Problem = Schemas['Problem']

const REFRESH = '/api/v1/auth/refresh'
/** Sign-in calls answer 401 for a bad code: that is their answer, not an expired session. */
const SIGN_IN = /\/api\/v1\/auth\//

let sessionEnded: () => void = () => {}

/** What to do when the session is over and renewing it failed: the app sends the person to sign in. */
export function whenSessionEnds(then: () => void) {
  sessionEnded = then
}

let renewing: Promise<boolean> | null = null

/**
 * Exchanges the refresh token once for new tokens; callers that meet a 401 together share the one
 * exchange, since a refresh token is spent by its first use (a second use revokes its family).
 * Not retried on a lost answer for the same reason.
 */
export function renew(): Promise<boolean> {
  renewing ??= (async () => {
    const refreshToken = tokens.read()?.refreshToken
    if (!refreshToken) return false
    try {
      const response = await send(new UniRequest(API_ORIGIN + REFRESH, {
        method: 'POST', headers: { 'Content-Type': 'application/json', 'Accept-Language': 'zh-CN' }, body: JSON.stringify({ refreshToken }),
      }))
      if (!response.ok) return false
      tokens.save(await response.json())
      return true
    } catch {
      return false
    }
  })().finally(() => (renewing = null))
  return renewing
}

/**
 * The bearer token on every call; a 401 renews the tokens once and sends the call again, and when
 * that fails too the tokens go and the person is asked to sign in.
 */
export async function authorised(request: UniRequest): Promise<UniResponse> {
  // The problem's words in Chinese, whatever the phone's or the mini-program's own language says.
  if (!request.headers.has('Accept-Language')) request.headers.set('Accept-Language', 'zh-CN')
  const token = tokens.access()
  if (token) request.headers.set('Authorization', `Bearer ${token}`)
  const response = await send(request)
  if (response.status !== 401 || SIGN_IN.test(request.url)) return response
  if (token && (await renew())) {
    request.headers.set('Authorization', `Bearer ${tokens.access()}`)
    const again = await send(request)
    if (again.status !== 401) return again
  }
  tokens.clear()
  sessionEnded()
  return response
}

export const api = createClient<paths>({
  baseUrl: API_ORIGIN,
  Request: UniRequest as unknown as typeof Request,
  fetch: authorised as unknown as typeof fetch,
})

/** A call the server refused, or that never got through, with the words to show the person. */
export class Refusal extends Error {
  constructor(message: string, readonly status: number, readonly problem: Problem | null) {
    super(message)
    this.name = 'Refusal'
  }

  get code() {
    return this.problem?.code ?? null
  }
}

const NETWORK = '网络不好，没有连上。您填写的内容已经保存，请稍后再试。'
const GENERIC = '没有办成，请稍后再试。'
const BY_STATUS: Record<number, string> = {
  401: '请先登录。',
  403: '您没有权限做这件事。',
  404: '没有找到，可能已经删除。',
  413: '文件太大了，请换一张小一些的照片。',
  429: '操作太频繁了，请过一会儿再试。',
  500: '服务器出了点问题，请稍后再试。',
  503: '服务器正忙，请稍后再试。',
}

/** Text meant for people, never a code such as VALIDATION_FAILED. */
function forPeople(text: string | null | undefined): string | null {
  return text && !/^[A-Z0-9_]+$/.test(text.trim()) ? text.trim() : null
}

/** The Chinese words for a refused call: the problem's detail (or title), then what its fields say. */
export function problemMessage(error: unknown, status = 0): string {
  const problem = error && typeof error === 'object' ? (error as Problem) : null
  const main = forPeople(problem?.detail) ?? forPeople(problem?.title) ?? BY_STATUS[status] ?? GENERIC
  const fields = (problem?.errors ?? []).map((e) => forPeople(e.message)).filter((m): m is string => !!m && !main.includes(m))
  return [main, ...fields].join('；')
}

/** The words to show for anything a call threw or answered. */
export function messageOf(error: unknown): string {
  if (error instanceof Refusal) return error.message
  if (error instanceof NetworkFailure) return NETWORK
  return GENERIC
}

type Answer<T> = { data?: T; error?: unknown; response: { status: number } }

/** The data of a successful call, or a {@link Refusal} with the words to show. */
export async function call<T>(pending: Promise<Answer<T>>): Promise<Exclude<T, undefined>> {
  let answer: Answer<T>
  try {
    answer = await pending
  } catch (e) {
    if (e instanceof NetworkFailure) throw new Refusal(NETWORK, 0, null)
    throw e
  }
  if (answer.error !== undefined || answer.response.status >= 400) {
    const problem = answer.error && typeof answer.error === 'object' ? (answer.error as Problem) : null
    throw new Refusal(problemMessage(answer.error, answer.response.status), answer.response.status, problem)
  }
  return answer.data as Exclude<T, undefined>
}

/** Shows why something did not work, in a box that stays until the person taps it. */
export function showFailure(error: unknown, title = '没有办成') {
  uni.showModal({ title, content: messageOf(error), showCancel: false, confirmText: '知道了' })
}
