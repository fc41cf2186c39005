import createClient, { type Middleware } from 'openapi-fetch'
import type { components, paths } from './schema'

/** Every type the console sends or reads comes from the contract (openapi/openapi.json). */
export type Schemas = components['schemas']
export type Problem = Schemas['Problem']

/**
 * How the client learns the current access token and what to do when it is refused; the session
 * store plugs itself in, so that this module stays free of Vue.
 */
export interface Credentials {
  token(): string | null
  /** Tries the refresh cookie once; true when a new access token is in place. */
  renew(): Promise<boolean>
  /** The session is over: back to sign-in, then to where the user was. */
  expired(): void
}

let credentials: Credentials | null = null

export function useCredentials(c: Credentials) {
  credentials = c
}

const SESSION_PATHS = '/api/v1/auth/session'
const pending = new Map<string, Request>()

/**
 * Adds the bearer token; on a 401 renews the token once through the refresh cookie and replays the
 * request, and when that fails ends the session.
 */
const auth: Middleware = {
  onRequest({ request, id }) {
    const token = credentials?.token()
    if (token) request.headers.set('Authorization', `Bearer ${token}`)
    if (!new URL(request.url).pathname.startsWith(SESSION_PATHS)) pending.set(id, request.clone())
    return request
  },
  async onResponse({ response, id }) {
    const original = pending.get(id)
    pending.delete(id)
    if (response.status !== 401 || !original || !credentials) return response
    if (await credentials.renew()) {
      original.headers.set('Authorization', `Bearer ${credentials.token()}`)
      return fetch(original)
    }
    credentials.expired()
    return response
  },
}

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' })
api.use(auth)

/** A failed call's problem, for dialogs and forms; null when the call succeeded. */
export function problemOf(error: unknown): Problem | null {
  if (error && typeof error === 'object' && 'code' in error) return error as Problem
  // No answer at all (the network, a proxy): shown as the service being out of reach.
  return error ? ({ type: 'about:blank', title: '请求失败', status: 0, code: 'SERVICE_UNAVAILABLE' } as Problem) : null
}

/** Field errors of a problem, by field name, for Element Plus form items. */
export function fieldErrors(problem: Problem | null): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const e of problem?.errors ?? []) if (e.field && e.message) errors[e.field] = e.message
  return errors
}
