import type { Schemas } from '@/api/client'

const KEY = 'liaison.my-station'

/** The station the person last chose or opened (from a code), kept on the phone so home opens with it. */
export function rememberedStation(): Schemas['Station'] | null {
  const stored = uni.getStorageSync(KEY) as Schemas['Station'] | ''
  return stored && stored.id ? stored : null
}

export function rememberStation(station: Schemas['Station']) {
  uni.setStorageSync(KEY, station)
}

/** A station code's scene (sid=12) or a link's ?station=12 / ?id=12, as the station's id. */
export function stationFrom(options: Record<string, string | undefined> | undefined): number | null {
  if (!options) return null
  const scene = options.scene ? decodeURIComponent(options.scene) : ''
  const fromScene = /(?:^|&)sid=(\d+)/.exec(scene)?.[1]
  const raw = fromScene ?? options.station ?? options.stationId ?? options.id
  const id = raw ? Number(raw) : NaN
  return Number.isInteger(id) && id > 0 ? id : null
}
