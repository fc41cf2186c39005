import type { Ref } from 'vue'
import { messageOf, Refusal } from '@/api/client'

/**
 * A page's send that got no answer (no network): the draft keeps its body and its key, the person is
 * told, and {@code again} runs by itself once the phone is back online; a repeat is answered as the
 * first, so nothing is submitted twice. One listener per page, however often the send failed.
 */
export function resendWhenOnline(again: () => void) {
  function back(status: { isConnected: boolean }) {
    if (!status.isConnected) return
    uni.offNetworkStatusChange?.(back)
    again()
  }
  return {
    /** Whether {@code e} is a send that got no answer; if so, {@code words} say what happens now. */
    unanswered(e: unknown, words: Ref<string>): boolean {
      if (!(e instanceof Refusal) || e.status !== 0) return false
      words.value = `${messageOf(e)} 有网络后点“重新发送”，不会重复提交。`
      uni.onNetworkStatusChange?.(back)
      return true
    },
  }
}
