import { IN_MINI_PROGRAM } from '@/api/origin'

/** The long side a photo is brought down to before upload. */
export const LONG_SIDE = 1600

/** The size that fits a width×height picture within {@code limit} on its long side, keeping its shape. */
export function fitWithin(width: number, height: number, limit = LONG_SIDE): { width: number; height: number } {
  const long = Math.max(width, height)
  if (long <= limit || long === 0) return { width, height }
  const scale = limit / long
  return { width: Math.round(width * scale), height: Math.round(height * scale) }
}

function imageInfo(src: string): Promise<{ width: number; height: number }> {
  return new Promise((resolve, reject) => uni.getImageInfo({ src, success: resolve, fail: reject }))
}

async function inMiniProgram(src: string): Promise<string> {
  const { width, height } = await imageInfo(src)
  const size = fitWithin(width, height)
  let small = src
  // #ifdef MP-WEIXIN
  small = await new Promise<string>((resolve) =>
    uni.compressImage({
      src, quality: 80, compressedWidth: size.width, compressedHeight: size.height,
      success: (r) => resolve(r.tempFilePath),
      fail: () => resolve(src),
    } as UniApp.CompressImageOptions))
  // #endif
  return small
}

/** H5: draw it on a canvas no longer than 1600 px and take a JPEG (which also drops the camera's metadata). */
async function inBrowser(src: string): Promise<string> {
  const image = await new Promise<HTMLImageElement>((resolve, reject) => {
    const img = new Image()
    img.onload = () => resolve(img)
    img.onerror = reject
    img.src = src
  })
  const size = fitWithin(image.naturalWidth, image.naturalHeight)
  const canvas = document.createElement('canvas')
  canvas.width = size.width
  canvas.height = size.height
  canvas.getContext('2d')!.drawImage(image, 0, 0, size.width, size.height)
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.8))
  return blob ? URL.createObjectURL(blob) : src
}

/** A photo ready to upload: its long side at most 1600 px, compressed on the phone. */
export async function compressed(src: string): Promise<string> {
  try {
    return IN_MINI_PROGRAM ? await inMiniProgram(src) : await inBrowser(src)
  } catch {
    return src
  }
}

/**
 * A small copy to show in the draft after the app was closed: H5's object URLs die with the page,
 * so it keeps a 240 px data URL; the mini-program keeps its file path.
 */
export async function thumbnail(src: string): Promise<string> {
  if (IN_MINI_PROGRAM) return src
  try {
    const image = await new Promise<HTMLImageElement>((resolve, reject) => {
      const img = new Image()
      img.onload = () => resolve(img)
      img.onerror = reject
      img.src = src
    })
    const size = fitWithin(image.naturalWidth, image.naturalHeight, 240)
    const canvas = document.createElement('canvas')
    canvas.width = size.width
    canvas.height = size.height
    canvas.getContext('2d')!.drawImage(image, 0, 0, size.width, size.height)
    return canvas.toDataURL('image/jpeg', 0.6)
  } catch {
    return src
  }
}
