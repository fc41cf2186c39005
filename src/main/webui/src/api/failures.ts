import { ElMessage } from 'element-plus'
import { fieldErrors, type Problem } from './client'

/** A refused form: the field errors for its items, or a message when the problem names no field. */
export function formErrors(error: unknown, fallback: string): Record<string, string> {
  const problem = (error as Problem | undefined) ?? null
  const errors = fieldErrors(problem)
  if (!Object.keys(errors).length) ElMessage.error(problem?.detail ?? fallback)
  return errors
}
