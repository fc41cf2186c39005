import { api, call, renew, Refusal, type Schemas } from '@/api/client'
import { tokens } from '@/api/tokens'
import { session } from './session'

type Role = Schemas['Role']
type Account = Schemas['Account']

/** The workspaces the phone offers besides the citizen's pages: a deputy's, and a township office's. */
export type Workspace = 'DEPUTY' | 'STAFF'

/**
 * Which workspaces an account opens, from the roles the server gave it: a deputy's for DEPUTY, the
 * office's for STAFF (and ADMIN, who may do whatever staff may). Nothing else decides it: a role
 * the server has not granted shows no workspace, whatever the phone remembers.
 */
export function workspacesOf(roles: readonly Role[] | null | undefined): Workspace[] {
  const held = new Set(roles ?? [])
  const open: Workspace[] = []
  if (held.has('DEPUTY')) open.push('DEPUTY')
  if (held.has('STAFF') || held.has('ADMIN')) open.push('STAFF')
  return open
}

/** The deputy this account was bound to, as the binding answered it (GET /me does not say). */
const DEPUTY_KEY = 'liaison.deputy-id'

/** Remembered for the account that bound, so another account signing in on this phone is not taken for it. */
export function rememberedDeputyId(): number | null {
  const stored = uni.getStorageSync(DEPUTY_KEY) as { user?: number; deputy?: number } | ''
  const user = tokens.read()?.user?.id
  return stored && user && stored.user === user && stored.deputy ? stored.deputy : null
}

export function rememberDeputyId(id: number | null | undefined) {
  const user = tokens.read()?.user?.id
  if (id && user) uni.setStorageSync(DEPUTY_KEY, { user, deputy: id })
}

/**
 * The signed-in deputy's id: remembered from the binding, or, on a phone that did not bind (the H5
 * page after binding in the mini-program), found in what the API says of the deputy's own things:
 * their latest profile change, or their own duty records. Null when none says it.
 */
export async function myDeputyId(): Promise<number | null> {
  const known = rememberedDeputyId()
  if (known) return known
  const change = await call(api.GET('/api/v1/deputy/profile-change')).catch(() => null)
  const records = change?.deputyId ? null : await call(api.GET('/api/v1/duty-records/mine', { params: { query: { limit: 1 } } })).catch(() => null)
  const found = change?.deputyId ?? records?.items?.[0]?.deputyId ?? null
  rememberDeputyId(found)
  return found
}

/** The account as the server describes it now (GET /api/v1/me); the page and the stored session take it. */
export async function currentAccount(): Promise<Account> {
  const account = await call(api.GET('/api/v1/me'))
  session.user = account
  tokens.setUser(account)
  return account
}

/** The workspaces the signed-in account opens now, asked of the server; none when nobody is signed in. */
export async function currentWorkspaces(): Promise<Workspace[]> {
  if (!tokens.access()) return []
  return workspacesOf((await currentAccount()).roles)
}

/** An invitation code as people type it: spaces and dashes dropped, letters in capitals. */
export function normalisedCode(typed: string): string {
  return typed.replace(/[\s\-—_]/g, '').toUpperCase()
}

/** A code read from a scanned QR code: the code itself, or a link carrying ?invite=… or ?code=… */
export function codeFromScan(text: string): string {
  const found = /[?&](?:invite|invitation|code)=([^&#]+)/.exec(text)
  return normalisedCode(found ? decodeURIComponent(found[1]) : text)
}

/**
 * Binds the signed-in account to a deputy with the invitation code from staff, then renews the
 * tokens so that the access token carries the DEPUTY role, then asks the server which roles the
 * account has: the workspaces follow that answer. A wrong, used or expired code, or too many tries,
 * is refused with the server's own words (a {@link Refusal}).
 */
export async function bindAsDeputy(typed: string): Promise<Workspace[]> {
  const code = normalisedCode(typed)
  if (!code) throw new Refusal('请输入工作人员给您的邀请码。', 400, null)
  const bound = await call(api.POST('/api/v1/me/deputy-binding', { body: { code } }))
  rememberDeputyId(bound.deputyId)
  if (!(await renew())) {
    throw new Refusal('已经绑定成功，但登录需要更新：请退出后重新登录，再进入代表工作台。', 401, null)
  }
  return currentWorkspaces()
}
