import { api, call } from '@/api/client'
import { IN_MINI_PROGRAM } from '@/api/origin'
import { newIdempotencyKey } from './keys'

/** The subscribe-message templates (accepted, replied) configured for the mini-program at build. */
export function templates(): string[] {
  return (import.meta.env.VITE_SUBSCRIBE_TEMPLATES ?? '').split(',').map((t) => t.trim()).filter(Boolean)
}

/** Of wx.requestSubscribeMessage's answer, the templates the person accepted. */
export function accepted(answer: Record<string, string>, asked: string[]): string[] {
  return asked.filter((id) => answer[id] === 'accept')
}

/**
 * After a submission, in the mini-program: asks for the subscribe messages and reports the ones
 * granted, so the server may send one message for each. H5 has none; the inbox shows everything.
 */
export async function askForSubscriptions(): Promise<string[]> {
  const asked = templates()
  if (!IN_MINI_PROGRAM || !asked.length) return []
  let answer: Record<string, string> = {}
  // #ifdef MP-WEIXIN
  answer = await new Promise<Record<string, string>>((resolve) =>
    uni.requestSubscribeMessage({
      tmplIds: asked,
      success: (r) => resolve(r as unknown as Record<string, string>),
      fail: () => resolve({}),
    } as UniApp.RequestSubscribeMessageOption))
  // #endif
  const granted = accepted(answer, asked)
  if (granted.length) {
    await call(api.POST('/api/v1/me/subscriptions', {
      body: { templateIds: granted }, params: { header: { 'Idempotency-Key': newIdempotencyKey('subscribe') } },
    })).catch(() => undefined)
  }
  return granted
}
