import { api, call, Refusal, showFailure } from '@/api/client'
import { newIdempotencyKey } from './keys'
import { ensureSignedIn } from './session'

/**
 * Books a place at a reception day. A repeat after a lost answer is refused as ALREADY_BOOKED,
 * which means it is booked: the person sees one booking either way.
 */
export async function book(receptionId: number, back: string): Promise<boolean> {
  if (!(await ensureSignedIn(back))) return false
  uni.showLoading({ title: '正在预约…', mask: true })
  try {
    await call(api.POST('/api/v1/receptions/{id}/bookings', {
      params: { path: { id: receptionId } }, headers: { 'Idempotency-Key': newIdempotencyKey('booking') },
    }))
    return true
  } catch (e) {
    if (e instanceof Refusal && e.code === 'ALREADY_BOOKED') return true
    showFailure(e, '没有预约上')
    return false
  } finally {
    uni.hideLoading()
  }
}
