import { ref, type Ref } from 'vue'
import { showFailure } from '@/api/client'

/** A page of a keyset list, as the API answers one. */
export interface Page<T> {
  items?: T[] | null
  nextCursor?: string | null
}

/**
 * A list read a page at a time by its cursor: {@code reload} starts over (once {@code ready} says
 * the person may see it, a sign-in say) and ends a pull-down refresh, {@code more} adds the next
 * page ("加载更多"), and {@code arrange} orders what was read (a deputy's work by urgency). A failure
 * is shown, and what was read before stays.
 */
export function pagedList<T>(read: (cursor?: string) => Promise<Page<T>>,
  options: { ready?: () => Promise<boolean>; arrange?: (all: T[]) => T[] } = {}) {
  const items = ref([]) as Ref<T[]>
  const next = ref<string | null>(null)
  const loaded = ref(false)
  const arrange = options.arrange ?? ((all: T[]) => all)

  async function page(cursor?: string): Promise<T[]> {
    const answer = await read(cursor)
    next.value = answer.nextCursor ?? null
    return answer.items ?? []
  }

  async function reload() {
    if (options.ready && !(await options.ready())) return
    try {
      items.value = arrange(await page())
      loaded.value = true
    } catch (e) {
      showFailure(e)
    } finally {
      uni.stopPullDownRefresh()
    }
  }

  async function more() {
    try {
      items.value = arrange([...items.value, ...(await page(next.value ?? undefined))])
    } catch (e) {
      showFailure(e)
    }
  }

  return { items, next, loaded, reload, more }
}
