import { API_ORIGIN } from '@/api/origin'

/** Where a public photo (a deputy's, a station's, a published reply's) is fetched; private ones need the phone's own copy. */
export function photoUrl(id: number | null | undefined): string {
  return id ? `${API_ORIGIN}/api/v1/media/${id}` : ''
}
