import { createRouter, createWebHistory } from 'vue-router'
import { useSession } from './stores/session'

/** Each screen is its own chunk: the first screen after sign-in loads only what it shows. */
export const router = createRouter({
  history: createWebHistory('/console/'),
  routes: [
    { path: '/sign-in', name: 'sign-in', component: () => import('./views/SignIn.vue'), meta: { public: true, title: '登录' } },
    {
      path: '/',
      component: () => import('./views/ConsoleLayout.vue'),
      children: [
        { path: '', redirect: { name: 'workbench' } },
        { path: 'workbench', name: 'workbench', component: () => import('./views/WorkbenchView.vue'), meta: { title: '工作台' } },
        { path: 'opinions', name: 'queue', component: () => import('./views/QueueView.vue'), meta: { title: '社情民意办理' } },
        { path: 'opinions/:id(\\d+)', name: 'opinion', component: () => import('./views/OpinionView.vue'), meta: { title: '意见详情' } },
        { path: 'review', name: 'review', component: () => import('./views/ReviewView.vue'), meta: { title: '待审核' } },
        { path: 'suggestions', name: 'suggestions', component: () => import('./views/SuggestionQueueView.vue'), meta: { title: '代表建议办理' } },
        { path: 'suggestions/:id(\\d+)', name: 'suggestion', component: () => import('./views/SuggestionView.vue'), meta: { title: '代表建议详情' } },
        { path: 'suggestions/figures', name: 'suggestion-figures', component: () => import('./views/SuggestionFiguresView.vue'), meta: { title: '代表建议统计' } },
        { path: 'stations', name: 'stations', component: () => import('./views/StationsView.vue'), meta: { title: '联络站' } },
        { path: 'deputies', name: 'deputies', component: () => import('./views/DeputiesView.vue'), meta: { title: '代表' } },
        { path: 'duty-records', name: 'duty-records', component: () => import('./views/DutyRecordsView.vue'), meta: { title: '履职档案' } },
        { path: 'receptions', name: 'receptions', component: () => import('./views/ReceptionsView.vue'), meta: { title: '接待日' } },
        { path: 'stats', name: 'stats', component: () => import('./views/StatsView.vue'), meta: { title: '统计' } },
        { path: 'admin/staff', name: 'staff', component: () => import('./views/StaffView.vue'), meta: { title: '工作人员账号', admin: true } },
        { path: 'admin/regions', name: 'regions', component: () => import('./views/RegionsView.vue'), meta: { title: '行政区域', admin: true } },
        { path: 'admin/catalogues', name: 'catalogues', component: () => import('./views/CataloguesView.vue'), meta: { title: '类别与承办单位', admin: true } },
        { path: 'admin/calendar', name: 'calendar', component: () => import('./views/CalendarView.vue'), meta: { title: '工作日历与办理时限', admin: true } },
        { path: 'admin/sensitive-words', name: 'sensitive-words', component: () => import('./views/SensitiveWordsView.vue'), meta: { title: '敏感词', admin: true } },
        { path: 'admin/notifications', name: 'parked', component: () => import('./views/ParkedView.vue'), meta: { title: '发送失败的通知', admin: true } },
        { path: 'templates', name: 'templates', component: () => import('./views/TemplatesView.vue'), meta: { title: '常用答复' } },
      ],
    },
    { path: '/:rest(.*)*', redirect: { name: 'workbench' } },
  ],
})

/** A page needs a session: a reload restores it from the refresh cookie, or sign-in comes first. */
router.beforeEach(async (to) => {
  if (to.meta.public) return true
  const session = useSession()
  if (!session.signedIn && !(await session.renew())) return { name: 'sign-in', query: { next: to.fullPath } }
  // The API refuses staff there anyway (403); the page does not offer what would only fail.
  return !to.meta.admin || session.isAdmin || { name: 'workbench' }
})

router.afterEach((to) => {
  document.title = `${(to.meta.title as string | undefined) ?? '工作台'} · 网上人大代表联络站`
})
