/// <reference types="vite/client" />

declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}

interface ImportMetaEnv {
  /** The mini-program's API origin (https, on WeChat's request domain list); H5 calls its own origin. */
  readonly VITE_API_ORIGIN?: string
  /** The official account's AppID, for the H5 page's web authorisation inside WeChat. */
  readonly VITE_WECHAT_WEB_APP_ID?: string
  /** Subscribe-message template ids the mini-program asks consent for after a submission, comma-separated. */
  readonly VITE_SUBSCRIBE_TEMPLATES?: string
}

/** uni-app replaces process.env.UNI_PLATFORM with the build's platform (h5, mp-weixin). */
declare const process: { env: Record<string, string | undefined> }
