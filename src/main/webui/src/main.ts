import { createApp } from 'vue'
import { createPinia } from 'pinia'
import 'element-plus/theme-chalk/base.css'
import 'element-plus/es/components/message/style/css'
import 'element-plus/es/components/message-box/style/css'
import App from './App.vue'
import { router } from './router'
import { useCredentials } from './api/client'
import { useSession } from './stores/session'
import './styles.css'

const app = createApp(App).use(createPinia()).use(router)
const session = useSession()
useCredentials({
  token: () => session.accessToken,
  renew: () => session.renew(),
  expired: () => {
    session.clear()
    const here = router.currentRoute.value
    if (here.name !== 'sign-in') void router.push({ name: 'sign-in', query: { next: here.fullPath } })
  },
})
app.mount('#app')
