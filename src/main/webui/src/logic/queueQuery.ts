/**
 * The queue's filters as they live in the URL, so that a link opens the same list for a colleague.
 * Only known filters with values pass; everything is kept as the API's query parameters spell it.
 */
export interface QueueFilters {
  state?: string
  regionId?: number
  stationId?: number
  categoryId?: number
  kind?: string
  deputyId?: number
  departmentId?: number
  overdue?: boolean
  supervised?: boolean
  flagged?: boolean
  dueWithinWorkingDays?: number
  q?: string
}

const NUMBERS = ['regionId', 'stationId', 'categoryId', 'deputyId', 'departmentId', 'dueWithinWorkingDays'] as const
const BOOLEANS = ['overdue', 'supervised', 'flagged'] as const
const STRINGS = ['state', 'kind', 'q'] as const

type RouteQuery = Record<string, string | null | (string | null)[] | undefined>

function first(value: RouteQuery[string]): string | undefined {
  const v = Array.isArray(value) ? value[0] : value
  return v === null || v === undefined || v === '' ? undefined : v
}

export function filtersFromQuery(query: RouteQuery): QueueFilters {
  const filters: QueueFilters = {}
  for (const key of NUMBERS) {
    const v = first(query[key])
    if (v !== undefined && /^\d+$/.test(v)) filters[key] = Number(v)
  }
  for (const key of BOOLEANS) {
    const v = first(query[key])
    if (v === 'true' || v === 'false') filters[key] = v === 'true'
  }
  for (const key of STRINGS) {
    const v = first(query[key])?.trim()
    if (v) filters[key] = v.slice(0, 100)
  }
  return filters
}

export function queryFromFilters(filters: QueueFilters): Record<string, string> {
  const query: Record<string, string> = {}
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === null || value === '' || value === false) continue
    query[key] = String(value)
  }
  return query
}
