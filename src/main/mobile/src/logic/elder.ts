import { reactive } from 'vue'
import type { ConfigProviderThemeVars } from 'wot-design-uni/components/wd-config-provider/types'

const KEY = 'liaison.elder-mode'

/** Elder mode (适老化): large text and touch targets and high contrast, remembered on the phone. */
export const elder = reactive({ on: uni.getStorageSync(KEY) === true })

export function setElderMode(on: boolean) {
  elder.on = on
  uni.setStorageSync(KEY, on)
}

/** At least 18 px body text, 44 px touch targets, black on white, a darker red. */
export const ELDER_THEME: ConfigProviderThemeVars = {
  colorTheme: '#8e0000',
  colorTitle: '#000000',
  colorContent: '#000000',
  colorSecondary: '#1a1a1a',
  colorTip: '#333333',
  fsTitle: '22px',
  fsContent: '18px',
  fsSecondary: '18px',
  cellTitleFs: '20px',
  cellLabelFs: '18px',
  cellValueFs: '18px',
  inputFs: '20px',
  textareaFs: '20px',
  radioLabelFs: '20px',
  checkboxLabelFs: '20px',
  tagFs: '18px',
  tabsNavFs: '20px',
  stepsTitleFs: '18px',
  buttonMediumHeight: '48px',
  buttonMediumFs: '20px',
  buttonLargeHeight: '56px',
  buttonLargeFs: '22px',
  buttonSmallHeight: '44px',
  buttonSmallFs: '18px',
}

export const PLAIN_THEME: ConfigProviderThemeVars = { colorTheme: '#b71c1c' }

export function themeVars(): ConfigProviderThemeVars {
  return elder.on ? ELDER_THEME : PLAIN_THEME
}
