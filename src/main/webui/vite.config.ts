import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'
import { elementPlusEntries } from './scripts/element-plus-entries.mjs'

// Served by Quinoa at /console/ (quarkus.quinoa.ui-root-path): in dev Quinoa forwards to this
// server, in production it serves dist/ from the jar.
export default defineConfig({
  base: '/console/',
  plugins: [
    vue(),
    // Element Plus on demand: each screen's chunk carries only the components it uses, with their CSS
    // as files (the page's CSP allows no inline style elements).
    Components({ resolvers: [ElementPlusResolver({ importStyle: 'css' })], dts: false }),
  ],
  server: { port: 5173, strictPort: true },
  optimizeDeps: { include: elementPlusEntries() },
  build: {
    outDir: 'dist',
    // Read by scripts/first-screen.mjs to report what each screen loads.
    manifest: true,
    // No inlined data: URLs for scripts; small assets may still be inlined as images or fonts.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 700,
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
})
