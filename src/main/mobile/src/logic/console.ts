import { API_ORIGIN, IN_MINI_PROGRAM } from '@/api/origin'

/** The staff console's address: beside /m/ in H5; at the API's origin for the mini-program. */
export function consoleAddress(): string {
  if (IN_MINI_PROGRAM) return `${API_ORIGIN}/console/`
  return typeof location === 'undefined' ? '/console/' : `${location.origin}/console/`
}

/** The words for what the phone leaves to the console. */
export const ON_THE_DESK = '请在电脑上的工作台办理'

/**
 * Opens the console: H5 goes there; the mini-program cannot open another site, so the address is
 * copied for the person to open on a computer.
 */
export function openConsole(path = '') {
  const address = consoleAddress() + path.replace(/^\//, '')
  if (!IN_MINI_PROGRAM && typeof location !== 'undefined') {
    location.href = address
    return
  }
  uni.setClipboardData({ data: address, success: () => uni.showToast({ title: '网址已复制，请在电脑上打开', icon: 'none' }) })
}
