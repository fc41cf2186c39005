import { renew, type Schemas } from './client'
import { NetworkFailure, pauseBefore, timers, TRIES } from './http'
import { API_ORIGIN } from './origin'
import { problemMessage, Refusal } from './client'
import { tokens } from './tokens'

type Media = Schemas['Media']

function once(filePath: string, onProgress: (percent: number) => void): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const token = tokens.access()
    const task = uni.uploadFile({
      url: `${API_ORIGIN}/api/v1/media`,
      filePath,
      name: 'file',
      header: { 'Accept-Language': 'zh-CN', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      timeout: 60_000,
      success: (res) => resolve({ status: res.statusCode, body: String(res.data ?? '') }),
      fail: (err) => reject(new NetworkFailure(err?.errMsg ?? 'uploadFile:fail')),
    })
    task?.onProgressUpdate?.((p) => onProgress(p.progress))
  })
}

/**
 * Uploads one photo (POST /api/v1/media, multipart field "file") with uni.uploadFile, reporting
 * its progress in percent. A lost upload is sent again: a repeat only leaves an unused private copy.
 */
export async function uploadPhoto(filePath: string, onProgress: (percent: number) => void = () => {}): Promise<Media> {
  let renewed = false
  for (let attempt = 1; ; attempt++) {
    let answer: { status: number; body: string }
    try {
      answer = await once(filePath, onProgress)
    } catch (e) {
      if (attempt >= TRIES) throw new Refusal('网络不好，照片没有传上去，请稍后再试。', 0, null)
      await timers.sleep(pauseBefore(attempt + 1))
      continue
    }
    if (answer.status === 401 && !renewed && (await renew())) {
      renewed = true
      continue
    }
    let body: unknown = null
    try {
      body = JSON.parse(answer.body)
    } catch {
      // a proxy's HTML page: the status decides the words
    }
    if (answer.status >= 400) throw new Refusal(problemMessage(body, answer.status), answer.status, body as Schemas['Problem'])
    onProgress(100)
    return body as Media
  }
}
