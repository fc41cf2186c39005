import { defineStore } from 'pinia'
import { api, type Schemas } from '../api/client'

/** Names the lists show beside ids: categories, departments and stations, read once per session. */
export const useCatalogue = defineStore('catalogue', {
  state: () => ({
    categories: [] as Schemas['Category'][],
    departments: [] as Schemas['Department'][],
    stations: [] as Schemas['Station'][],
    loaded: null as Promise<void> | null,
  }),
  getters: {
    categoryName: (s) => (id?: number | null) => s.categories.find((c) => c.id === id)?.name ?? '—',
    departmentName: (s) => (id?: number | null) => s.departments.find((d) => d.id === id)?.name ?? '—',
    stationName: (s) => (id?: number | null) => s.stations.find((st) => st.id === id)?.name ?? '—',
  },
  actions: {
    load(): Promise<void> {
      this.loaded ??= Promise.all([
        api.GET('/api/v1/categories', {}).then(({ data }) => { this.categories = data ?? [] }),
        api.GET('/api/v1/departments', {}).then(({ data }) => { this.departments = data ?? [] }),
        this.loadStations(),
      ]).then(() => undefined)
      return this.loaded
    },
    /** A county has a few hundred stations at most: ten pages of a hundred hold them. */
    async loadStations() {
      let cursor: string | undefined
      const all: Schemas['Station'][] = []
      for (let page = 0; page < 10; page++) {
        const { data } = await api.GET('/api/v1/stations', { params: { query: { limit: 100, cursor } } })
        all.push(...((data?.items ?? []) as Schemas['Station'][]))
        cursor = data?.nextCursor ?? undefined
        if (!cursor) break
      }
      this.stations = all
    },
  },
})
