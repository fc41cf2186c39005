import { existsSync, readdirSync, readFileSync } from 'node:fs'

/**
 * The Element Plus entries the screens use (each <el-…> tag, and the message boxes), for Vite's dev
 * server to bundle before the first page: found one by one at the first visit, each new one made
 * Vite re-optimise and answer 504 "outdated optimize dep", which blanked a screen once.
 */
export function elementPlusEntries() {
  const names = new Set(['message', 'message-box'])
  const visit = (dir) => readdirSync(dir, { withFileTypes: true }).forEach((entry) => {
    const path = `${dir}/${entry.name}`
    if (entry.isDirectory()) visit(path)
    else if (entry.name.endsWith('.vue')) for (const tag of readFileSync(path, 'utf8').matchAll(/<el-([a-z-]+)/g)) names.add(tag[1])
  })
  visit('src')
  return ['element-plus/es', ...[...names].sort()
    .filter((name) => existsSync(`node_modules/element-plus/es/components/${name}/style/css.mjs`))
    .map((name) => `element-plus/es/components/${name}/style/css`)]
}
