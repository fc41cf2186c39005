import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// The unit tests run without uni-app's build: `uni` is a double (test/setup.ts), the platform H5.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: { environment: 'node', setupFiles: ['test/setup.ts'], include: ['test/**/*.test.ts'] },
})
