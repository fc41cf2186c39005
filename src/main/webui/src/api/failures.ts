import { ElMessage, ElMessageBox } from 'element-plus'
import { fieldErrors, type Problem } from './client'

/** A refused form: the field errors for its items, or a message when the problem names no field. */
export function formErrors(error: unknown, fallback: string): Record<string, string> {
  const problem = (error as Problem | undefined) ?? null
  const errors = fieldErrors(problem)
  if (!Object.keys(errors).length) ElMessage.error(problem?.detail ?? fallback)
  return errors
}

/**
 * A refused action on an opinion or a suggestion. A 409 means a colleague was faster or it moved on:
 * that is said plainly and null answered, so the page shows it as it is now. Otherwise the field
 * errors for the dialog, or a message.
 */
export function actionRefused(error: unknown, what: string): Record<string, string> | null {
  const problem = (error as Problem | undefined) ?? null
  if (problem?.status === 409) {
    void ElMessageBox.alert(`${problem.detail ?? `${what}刚刚被其他人处理过。`}页面已显示它的最新状态。`, '操作未完成',
      { type: 'warning', confirmButtonText: '知道了' }).catch(() => undefined)
    return null
  }
  return formErrors(problem, '操作失败，请稍后再试')
}
