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
  if (session.signedIn || (await session.renew())) return true
  return { name: 'sign-in', query: { next: to.fullPath } }
})

router.afterEach((to) => {
  document.title = `${(to.meta.title as string | undefined) ?? '工作台'} · 网上人大代表联络站`
})
