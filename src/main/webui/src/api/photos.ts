import { api } from './client'

/**
 * Uploads a photo as the mini-program does (multipart, field {@code file}) and answers its id, for
 * an el-upload's http-request; a refused file rejects with the API's words, which el-upload shows.
 */
export async function uploadPhoto(file: File): Promise<number> {
  const body = new FormData()
  body.append('file', file)
  const { data, error } = await api.POST('/api/v1/media', { body: body as never, bodySerializer: (b) => b as FormData })
  if (!data) throw new Error(error?.detail ?? '上传失败')
  return data.id!
}
