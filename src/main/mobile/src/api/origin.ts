/** The mini-program calls the configured https origin; the H5 page its own origin (it is served at /m/ by the API). */
export const IN_MINI_PROGRAM = process.env.UNI_PLATFORM === 'mp-weixin'

export const API_ORIGIN = IN_MINI_PROGRAM ? (import.meta.env.VITE_API_ORIGIN ?? '').replace(/\/$/, '') : ''
