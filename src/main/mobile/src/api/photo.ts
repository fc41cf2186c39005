import { API_ORIGIN } from './origin'
import { tokens } from './tokens'

/**
 * A private photo (a citizen's, on an opinion the caller handles) as a local file to show: an
 * <image> cannot send the bearer token, so it is fetched with uni.downloadFile (a blob: URL in H5).
 */
export function privatePhoto(id: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const token = tokens.access()
    uni.downloadFile({
      url: `${API_ORIGIN}/api/v1/media/${id}`,
      header: token ? { Authorization: `Bearer ${token}` } : {},
      success: (r) => (r.statusCode === 200 ? resolve(r.tempFilePath) : reject(new Error(`photo ${id}: ${r.statusCode}`))),
      fail: reject,
    })
  })
}
