/**
 * The few web classes openapi-fetch names that a mini-program's JavaScript has not got: Headers
 * (it merges headers with one) and FormData (it asks whether a body is one). H5 and Node have both;
 * this only fills the gap, so that the same generated client runs in the mini-program.
 */
type Init = Record<string, string> | [string, string][] | MiniHeaders | undefined

class MiniHeaders {
  private readonly values = new Map<string, string>()

  constructor(init?: Init) {
    if (!init) return
    const pairs = init instanceof MiniHeaders ? [...init.entries()] : Array.isArray(init) ? init : Object.entries(init)
    for (const [name, value] of pairs) this.append(name, value)
  }

  append(name: string, value: string) {
    const key = name.toLowerCase()
    const before = this.values.get(key)
    this.values.set(key, before === undefined ? String(value) : `${before}, ${value}`)
  }

  set(name: string, value: string) {
    this.values.set(name.toLowerCase(), String(value))
  }

  get(name: string): string | null {
    return this.values.get(name.toLowerCase()) ?? null
  }

  has(name: string) {
    return this.values.has(name.toLowerCase())
  }

  delete(name: string) {
    this.values.delete(name.toLowerCase())
  }

  entries() {
    return this.values.entries()
  }

  forEach(each: (value: string, name: string) => void) {
    this.values.forEach((value, name) => each(value, name))
  }

  [Symbol.iterator]() {
    return this.values.entries()
  }
}

class NoFormData {}

export function fillWebGaps(scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>) {
  if (typeof scope.Headers === 'undefined') scope.Headers = MiniHeaders
  if (typeof scope.FormData === 'undefined') scope.FormData = NoFormData
}

fillWebGaps()
