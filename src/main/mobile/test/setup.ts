import { beforeEach, vi } from 'vitest'

/** What uni.request answers next: a response, or a failure such as a timeout. */
export type Answer = { status: number; body?: unknown; header?: Record<string, string> } | { fail: string }

export interface Sent {
  url: string
  method: string
  header: Record<string, string>
  data: unknown
}

/** The double of `uni`: storage in a map, requests answered from a queue and recorded. */
export const wire = {
  storage: new Map<string, unknown>(),
  answers: [] as Answer[],
  sent: [] as Sent[],
  modals: [] as { title?: string; content?: string }[],
}

const uni = {
  getStorageSync: (key: string) => (wire.storage.has(key) ? structuredClone(wire.storage.get(key)) : ''),
  setStorageSync: (key: string, value: unknown) => void wire.storage.set(key, structuredClone(value)),
  removeStorageSync: (key: string) => void wire.storage.delete(key),
  request(options: { url: string; method: string; header: Record<string, string>; data: unknown; success: (r: unknown) => void; fail: (e: unknown) => void }) {
    wire.sent.push({ url: options.url, method: options.method, header: { ...options.header }, data: options.data })
    const answer = wire.answers.shift() ?? { fail: 'request:fail no answer queued' }
    queueMicrotask(() => {
      if ('fail' in answer) options.fail({ errMsg: answer.fail })
      else options.success({
        statusCode: answer.status,
        header: answer.header ?? { 'Content-Type': 'application/json' },
        data: answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body),
      })
    })
    return { abort() {} }
  },
  showModal: (o: { title?: string; content?: string }) => void wire.modals.push(o),
  showToast: vi.fn(),
  showLoading: vi.fn(),
  hideLoading: vi.fn(),
  navigateTo: vi.fn(),
}

;(globalThis as unknown as { uni: typeof uni }).uni = uni

beforeEach(() => {
  wire.storage.clear()
  wire.answers = []
  wire.sent = []
  wire.modals = []
})
