/** Saves what the API answered as a file the browser downloads. */
export function saveBlob(blob: Blob, filename: string) {
  const link = document.createElement('a')
  link.href = URL.createObjectURL(blob)
  link.download = filename
  link.click()
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000)
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * The content type an import is sent as, by the file's name: Windows calls a .csv
 * application/vnd.ms-excel, which the API does not take, and the API reads a CSV's encoding itself.
 */
export function importType(filename: string): string {
  return filename.toLowerCase().endsWith('.xlsx') ? XLSX : 'text/csv'
}

/**
 * A key for a create the API lets a client retry (Idempotency-Key): one per form opened, so that a
 * double click or a retry after a lost answer creates one thing. randomUUID needs a secure context;
 * plain http on an office network falls back to time and chance.
 */
export function idempotencyKey(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
}
