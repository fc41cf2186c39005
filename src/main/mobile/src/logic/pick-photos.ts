import { showFailure } from '@/api/client'
import { uploadPhoto } from '@/api/upload'
import type { DraftPhoto } from './draft'
import { compressed, thumbnail } from './photos'
import { consentTo } from './privacy'

/**
 * Up to {@code room} photos chosen from the album or the camera, each compressed on the phone and
 * uploaded in turn (as the citizen's submission does), with its progress in {@code progress};
 * each one is handed to {@code added} once uploaded, so a draft keeps it even if a later one fails.
 */
export async function pickPhotos(room: number, progress: (words: string) => void, added: (photo: DraftPhoto) => void): Promise<void> {
  if (room <= 0 || !(await consentTo('photos'))) return
  const chosen = await new Promise<string[]>((resolve) =>
    uni.chooseImage({
      count: room, sizeType: ['original', 'compressed'], sourceType: ['album', 'camera'],
      success: (r) => resolve(r.tempFilePaths as string[]), fail: () => resolve([]),
    }))
  for (const [i, path] of chosen.entries()) {
    const label = chosen.length > 1 ? `第 ${i + 1}/${chosen.length} 张` : '照片'
    progress(`${label}：正在压缩…`)
    try {
      const small = await compressed(path)
      const media = await uploadPhoto(small, (percent) => progress(`${label}：已上传 ${percent}%`))
      added({ id: media.id!, preview: await thumbnail(small) })
    } catch (e) {
      showFailure(e, '照片没有传上去')
      break
    } finally {
      progress('')
    }
  }
}
