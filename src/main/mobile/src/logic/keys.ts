/**
 * A new Idempotency-Key: made once for a draft or a tap, then sent with every try of that write,
 * so that the server does it once. Printable ASCII, as the server requires.
 */
export function newIdempotencyKey(prefix = 'm'): string {
  const random = Array.from({ length: 3 }, () => Math.floor(Math.random() * 2 ** 32).toString(36)).join('')
  return `${prefix}-${Date.now().toString(36)}-${random}`
}
