/** A table as CSV text that Excel on Chinese Windows opens right: a BOM, CRLF lines, cells quoted where they must be. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const cell = (value: string | number | null | undefined) => {
    const text = value === null || value === undefined ? '' : String(value)
    // A leading = + - @ would make Excel run the cell as a formula.
    const safe = /^[=+\-@]/.test(text) ? `'${text}` : text
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
  }
  return '\uFEFF' + [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n'
}

/** A share as a percentage with one decimal, or a dash when there is nothing to divide. */
export function percent(share: number | null | undefined): string {
  return share === null || share === undefined ? '—' : `${(share * 100).toFixed(1)}%`
}

/** Rates staff read from a block of opinion figures: reply rate, on-time rate and satisfaction, as shares. */
export function rates(f: { received?: number | null; accepted?: number | null; replied?: number | null; repliedOnTime?: number | null;
  satisfaction?: { rated?: number | null; satisfied?: number | null; basicallySatisfied?: number | null } | null } | null | undefined) {
  const share = (part: number | null | undefined, whole: number | null | undefined) => (whole ? (part ?? 0) / whole : null)
  return {
    replyRate: share(f?.replied, f?.accepted),
    onTimeRate: share(f?.repliedOnTime, f?.replied),
    satisfaction: share((f?.satisfaction?.satisfied ?? 0) + (f?.satisfaction?.basicallySatisfied ?? 0), f?.satisfaction?.rated),
  }
}
