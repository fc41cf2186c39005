// Reports, after `vite build`, how much gzipped JavaScript each screen loads, and fails the build
// when the first screen after sign-in (the workbench, with its chart) passes 300 KB.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const LIMIT_KB = 300
const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'))
const size = new Map()
const gzipped = (file) => {
  if (!size.has(file)) size.set(file, gzipSync(readFileSync(`dist/${file}`)).length)
  return size.get(file)
}

/** The chunk of {@code key} and every chunk it imports statically. */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen
  seen.add(key)
  for (const imported of manifest[key].imports ?? []) closure(imported, seen)
  return seen
}
const kb = (keys) => [...keys].filter((k) => manifest[k].file.endsWith('.js'))
  .reduce((sum, k) => sum + gzipped(manifest[k].file), 0) / 1024

const entry = closure('index.html')
const screens = Object.keys(manifest).filter((k) => k.startsWith('src/views/'))
const layout = closure('src/views/ConsoleLayout.vue', new Set(entry))
console.log('Gzipped JavaScript per screen (KB), with the app shell and the layout where it applies:')
for (const screen of screens) {
  const base = screen.endsWith('SignIn.vue') || screen.endsWith('ConsoleLayout.vue') ? new Set(entry) : new Set(layout)
  console.log(`  ${screen.replace('src/views/', '').padEnd(22)} ${kb(closure(screen, base)).toFixed(1)}`)
}
const chart = Object.keys(manifest).find((k) => k.endsWith('MonthsChart.vue'))
const first = closure(chart, closure('src/views/WorkbenchView.vue', new Set(layout)))
const total = kb(first)
console.log(`First screen after sign-in (workbench with its chart): ${total.toFixed(1)} KB of ${LIMIT_KB} KB`)
if (total > LIMIT_KB) {
  console.error('The first screen is over its budget: split or trim what it loads.')
  process.exit(1)
}
