import { describe, expect, it, vi } from 'vitest'
import { wire } from './setup'

const px = (v: string | undefined) => parseFloat(v ?? '0')

describe('elder mode (适老化)', () => {
  it('is off at first, and remembered once switched on', async () => {
    vi.resetModules()
    let { elder, setElderMode } = await import('@/logic/elder')
    expect(elder.on).toBe(false)
    setElderMode(true)
    expect(wire.storage.get('liaison.elder-mode')).toBe(true)
    vi.resetModules()
    ;({ elder } = await import('@/logic/elder'))
    expect(elder.on).toBe(true)
  })

  it('gives at least 18 px text, 44 px touch targets and high contrast', async () => {
    const { ELDER_THEME, themeVars, setElderMode } = await import('@/logic/elder')
    for (const key of ['fsContent', 'fsSecondary', 'cellTitleFs', 'cellLabelFs', 'inputFs', 'textareaFs', 'radioLabelFs', 'buttonMediumFs', 'buttonSmallFs'] as const) {
      expect(px(ELDER_THEME[key]), key).toBeGreaterThanOrEqual(18)
    }
    for (const key of ['buttonSmallHeight', 'buttonMediumHeight', 'buttonLargeHeight'] as const) {
      expect(px(ELDER_THEME[key]), key).toBeGreaterThanOrEqual(44)
    }
    expect(ELDER_THEME.colorContent).toBe('#000000')
    setElderMode(true)
    expect(themeVars()).toBe(ELDER_THEME)
    setElderMode(false)
    expect(themeVars()).not.toBe(ELDER_THEME)
  })
})
