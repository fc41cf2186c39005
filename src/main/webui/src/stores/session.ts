import { defineStore } from 'pinia'
import { api, type Schemas } from '../api/client'
import { refreshDelay } from '../logic/time'

type Account = Schemas['Account']

let timer: ReturnType<typeof setTimeout> | undefined
let renewing: Promise<boolean> | null = null

/**
 * The signed-in staff member. The access token lives here, in memory only: a reload signs in again
 * silently through the HttpOnly refresh cookie, which script never sees.
 */
export const useSession = defineStore('session', {
  state: () => ({
    accessToken: null as string | null,
    user: null as Account | null,
  }),
  getters: {
    signedIn: (s) => s.accessToken !== null,
    isAdmin: (s) => s.user?.roles?.includes('ADMIN') ?? false,
  },
  actions: {
    async signIn(username: string, password: string) {
      const { data, error } = await api.POST('/api/v1/auth/session', { body: { username, password } })
      if (data) this.started(data)
      return error ?? null
    },

    /** One refresh at a time, however many requests were refused together. */
    renew(): Promise<boolean> {
      renewing ??= api.POST('/api/v1/auth/session/refresh', {}).then(({ data }) => {
        renewing = null
        if (data) this.started(data)
        else this.clear()
        return !!data
      })
      return renewing
    },

    async signOut() {
      await api.DELETE('/api/v1/auth/session', {})
      this.clear()
    },

    started(session: Schemas['ConsoleSession']) {
      this.accessToken = session.accessToken ?? null
      this.user = session.user ?? null
      clearTimeout(timer)
      // Silent refresh a minute before the token expires, so no click meets a 401.
      timer = setTimeout(() => void this.renew(), refreshDelay(session.expiresIn ?? 0))
    },

    clear() {
      clearTimeout(timer)
      this.accessToken = null
      this.user = null
    },
  },
})
