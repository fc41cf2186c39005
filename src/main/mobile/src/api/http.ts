import './platform'

/**
 * openapi-fetch over uni.request: the generated client builds a {@link UniRequest}, and
 * {@link send} carries it with uni.request (XMLHttpRequest in H5, wx.request in the mini-program),
 * retrying by itself what is safe to send again.
 */

/** A request as openapi-fetch builds it; the body is kept as the string it was serialised to. */
export class UniRequest {
  readonly url: string
  readonly method: string
  readonly headers: Headers
  readonly body: string | undefined

  constructor(url: string, init: { method?: string; headers?: HeadersInit; body?: unknown } = {}) {
    this.url = url
    this.method = (init.method ?? 'GET').toUpperCase()
    this.headers = new Headers(init.headers)
    this.body = typeof init.body === 'string' ? init.body : undefined
  }
}

/** The answer, with just what openapi-fetch reads of a Response. */
export class UniResponse {
  readonly headers: Headers

  constructor(readonly status: number, headers: Record<string, string | string[]> | undefined, private readonly content: string) {
    this.headers = new Headers()
    for (const [name, value] of Object.entries(headers ?? {})) this.headers.set(name, Array.isArray(value) ? value.join(', ') : String(value))
  }

  get ok() {
    return this.status >= 200 && this.status < 300
  }

  async text() {
    return this.content
  }

  async json() {
    return JSON.parse(this.content)
  }
}

/** The request never got an answer: no network, a timeout, or the connection dropped. */
export class NetworkFailure extends Error {
  constructor(readonly reason: string) {
    super(reason)
    this.name = 'NetworkFailure'
  }
}

/** How long one try waits for an answer, and how often a safe request is tried. */
export const TIMEOUT_MS = 15_000
export const TRIES = 4
const FIRST_PAUSE_MS = 800
const LONGEST_PAUSE_MS = 8_000
const BUSY = new Set([502, 503, 504])

/**
 * POSTs that are safe to send again: the server answers them once however often they come (an
 * Idempotency-Key in the contract), or a repeat changes nothing or is refused as already done.
 * A follow-up and a reply are not among them: a repeat would add the same text twice.
 */
const REPLAYABLE_POSTS = [
  /\/api\/v1\/opinions$/,
  /\/api\/v1\/me\/subscriptions$/,
  /\/api\/v1\/public\/opinions\/\d+\/supports$/,
  /\/api\/v1\/receptions\/\d+\/bookings$/,
  /\/api\/v1\/bookings\/\d+\/cancel$/,
  /\/api\/v1\/opinions\/\d+\/rating$/,
  /\/api\/v1\/me\/notifications\/(\d+\/read|read-all)$/,
  // A duty record is written once per key; a repeated submit is refused as already submitted.
  /\/api\/v1\/duty-records$/,
  /\/api\/v1\/duty-records\/\d+\/submit$/,
  /\/api\/v1\/suggestions$/,
]

/** Whether a request may be sent again after it got no answer: it cannot do a thing twice. */
export function safeToRepeat(request: Pick<UniRequest, 'method' | 'url' | 'headers'>): boolean {
  if (['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'].includes(request.method)) return true
  if (!request.headers.has('Idempotency-Key')) return false
  const path = request.url.replace(/^[a-z]+:\/\/[^/]+/i, '').split('?')[0]
  return REPLAYABLE_POSTS.some((p) => p.test(path))
}

/** The pause before try number {@code next} (2, 3, …): doubling, with jitter so that phones do not come back together. */
export function pauseBefore(next: number, random: () => number = Math.random, retryAfterSeconds?: number): number {
  if (retryAfterSeconds && retryAfterSeconds > 0) return Math.min(retryAfterSeconds * 1000, LONGEST_PAUSE_MS)
  const base = FIRST_PAUSE_MS * 2 ** (next - 2)
  return Math.round(Math.min(base, LONGEST_PAUSE_MS) * (0.5 + random()))
}

export const timers = {
  sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
}

function once(request: UniRequest): Promise<UniResponse> {
  return new Promise((resolve, reject) => {
    const header: Record<string, string> = {}
    request.headers.forEach((value, name) => (header[name] = value))
    uni.request({
      url: request.url,
      method: request.method as UniApp.RequestOptions['method'],
      header,
      // uni-h5 turns an absent body of a write into a TypeError; an empty one is what is meant.
      data: request.body ?? (request.method === 'GET' || request.method === 'HEAD' ? undefined : ''),
      // The raw text: openapi-fetch parses it, problem+json included.
      dataType: 'text',
      responseType: 'text',
      timeout: TIMEOUT_MS,
      success: (res) => resolve(new UniResponse(res.statusCode, res.header as Record<string, string>,
        typeof res.data === 'string' ? res.data : res.data == null ? '' : JSON.stringify(res.data))),
      fail: (err) => reject(new NetworkFailure(err?.errMsg ?? 'request:fail')),
    })
  })
}

/**
 * Sends a request; one that got no answer, or found the server busy (502–504), is tried again by
 * itself, up to {@link TRIES} times with growing pauses, when it is safe to repeat. The same
 * request (with the same Idempotency-Key) goes every time.
 */
export async function send(request: UniRequest): Promise<UniResponse> {
  const repeatable = safeToRepeat(request)
  for (let attempt = 1; ; attempt++) {
    const last = !repeatable || attempt >= TRIES
    try {
      const response = await once(request)
      if (last || !BUSY.has(response.status)) return response
      const retryAfter = Number(response.headers.get('Retry-After'))
      if (retryAfter > LONGEST_PAUSE_MS / 1000) return response
      await timers.sleep(pauseBefore(attempt + 1, Math.random, retryAfter))
    } catch (e) {
      if (last || !(e instanceof NetworkFailure)) throw e
      await timers.sleep(pauseBefore(attempt + 1))
    }
  }
}
