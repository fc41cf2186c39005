import type { components } from './schema'

type SignedIn = components['schemas']['SignedIn']
type Account = components['schemas']['Account']

/** The signed-in session in uni storage (the mini-program's and the page's localStorage). */
export interface Session {
  accessToken: string
  refreshToken: string
  user: Account | null
}

const KEY = 'liaison.session'

export const tokens = {
  read(): Session | null {
    const stored = uni.getStorageSync(KEY) as Session | '' | undefined
    return stored && stored.accessToken ? stored : null
  },
  access(): string | null {
    return this.read()?.accessToken ?? null
  },
  save(signedIn: SignedIn) {
    if (!signedIn.accessToken || !signedIn.refreshToken) return
    uni.setStorageSync(KEY, { accessToken: signedIn.accessToken, refreshToken: signedIn.refreshToken, user: signedIn.user ?? null })
  },
  /** The account as the server last described it (GET /api/v1/me), kept beside the tokens. */
  setUser(user: Account) {
    const stored = this.read()
    if (stored) uni.setStorageSync(KEY, { ...stored, user })
  },
  clear() {
    uni.removeStorageSync(KEY)
  },
}
