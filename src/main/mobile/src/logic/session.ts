import { reactive } from 'vue'
import { api, call, type Schemas } from '@/api/client'
import { IN_MINI_PROGRAM } from '@/api/origin'
import { tokens } from '@/api/tokens'

export const session = reactive({ user: tokens.read()?.user ?? null as Schemas['Account'] | null })

function signedIn(answer: Schemas['SignedIn']) {
  tokens.save(answer)
  session.user = answer.user ?? null
}

/** A sign-in under way (the H5 page's code at launch); pages that need the person wait for it. */
let underWay: Promise<unknown> = Promise.resolve()

export function signingIn(pending: Promise<unknown>) {
  underWay = pending.catch(() => undefined)
}

export function isSignedIn() {
  return !!tokens.access()
}

export function forget() {
  tokens.clear()
  session.user = null
}

/** The mini-program: wx.login's code for our tokens; no tap needed. */
export async function signInInMiniProgram(): Promise<void> {
  let code = ''
  // #ifdef MP-WEIXIN
  code = await new Promise<string>((resolve, reject) =>
    uni.login({ provider: 'weixin', success: (r) => resolve(r.code), fail: reject }))
  // #endif
  signedIn(await call(api.POST('/api/v1/auth/wechat-login', { body: { code } })))
}

/** H5: the code WeChat put on the page's address after the web authorisation. */
export async function signInOnWeb(code: string): Promise<void> {
  signedIn(await call(api.POST('/api/v1/auth/wechat-web-login', { body: { code } })))
}

export function inWeChatBrowser(): boolean {
  return typeof navigator !== 'undefined' && /MicroMessenger/i.test(navigator.userAgent)
}

/** The address WeChat's web authorisation sends back to with ?code=…, or null without an official account configured. */
export function webAuthorisation(back: string): string | null {
  const appId = import.meta.env.VITE_WECHAT_WEB_APP_ID
  if (!appId) return null
  return `https://open.weixin.qq.com/connect/oauth2/authorize?appid=${appId}&redirect_uri=${encodeURIComponent(back)}`
    + '&response_type=code&scope=snsapi_base&state=liaison#wechat_redirect'
}

/** H5: takes ?code= off the address once used, so a reload does not spend it again. */
export function codeOnAddress(): string | null {
  if (IN_MINI_PROGRAM || typeof location === 'undefined') return null
  const url = new URL(location.href)
  const code = url.searchParams.get('code')
  if (!code) return null
  url.searchParams.delete('code')
  url.searchParams.delete('state')
  history.replaceState(history.state, '', url.pathname + url.search + url.hash)
  return code
}

/**
 * Signed in, or on the way: the mini-program signs in by itself; H5 sends the person to the sign-in
 * page, which explains how (WeChat's authorisation inside WeChat, the mini-program outside it).
 */
export async function ensureSignedIn(back = ''): Promise<boolean> {
  await underWay
  if (isSignedIn()) return true
  if (IN_MINI_PROGRAM) {
    try {
      await signInInMiniProgram()
      return true
    } catch {
      // falls through to the sign-in page, which says what went wrong
    }
  }
  uni.navigateTo({ url: `/sub/signin/index${back ? `?back=${encodeURIComponent(back)}` : ''}` })
  return false
}

/** Staff and admins on the phone: their console username and password (POST /auth/password-login). */
export async function signInWithPassword(username: string, password: string): Promise<void> {
  signedIn(await call(api.POST('/api/v1/auth/password-login', { body: { username: username.trim(), password } })))
}
