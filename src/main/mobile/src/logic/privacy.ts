import { IN_MINI_PROGRAM } from '@/api/origin'

const KEY = 'liaison.privacy-consent'

/** What the app asks the phone for, and why (the privacy guide, 用户隐私保护指引). */
export const USES = {
  location: '位置：只用来找到离您最近的联络站，不保存。',
  photos: '照片：您选的照片会压缩后随意见上传，位置信息在服务器上删除。',
} as const

export type Use = keyof typeof USES

/** Whether the person agreed to the guide in this app (kept on the phone). */
export function agreed(): boolean {
  return uni.getStorageSync(KEY) === true
}

export function recordConsent(on: boolean) {
  uni.setStorageSync(KEY, on)
}

/**
 * The consent step before the first use of location or photos: the guide, then agree or not.
 * The mini-program also asks WeChat (wx.requirePrivacyAuthorize), which shows its own guide.
 */
export async function consentTo(use: Use): Promise<boolean> {
  if (!agreed()) {
    const answer = await new Promise<boolean>((resolve) =>
      uni.showModal({
        title: '隐私保护提示',
        content: `使用前请阅读《隐私保护指引》。${USES[use]}同意后才会使用。`,
        confirmText: '同意',
        cancelText: '不同意',
        success: (r) => resolve(!!r.confirm),
        fail: () => resolve(false),
      }))
    if (!answer) return false
    recordConsent(true)
  }
  if (IN_MINI_PROGRAM) {
    const wxApi = (globalThis as unknown as { wx?: { requirePrivacyAuthorize?: (o: object) => void } }).wx
    if (wxApi?.requirePrivacyAuthorize) {
      return new Promise((resolve) => wxApi.requirePrivacyAuthorize!({ success: () => resolve(true), fail: () => resolve(false) }))
    }
  }
  return true
}
