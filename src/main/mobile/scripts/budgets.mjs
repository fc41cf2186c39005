// After both builds: holds the mini-program to WeChat's package limits (the main package and each
// subpackage at most 2 MB, all of them at most 20 MB), so that an upload WeChat would refuse fails
// here first.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

const MB = 1024 * 1024
const PACKAGE_LIMIT = 2 * MB
const TOTAL_LIMIT = 20 * MB
const root = new URL('../dist/build/mp-weixin/', import.meta.url).pathname

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

const app = JSON.parse(readFileSync(join(root, 'app.json'), 'utf8'))
const subRoots = (app.subPackages ?? app.subpackages ?? []).map((sub) => sub.root.replace(/\/$/, '') + '/')
const sizes = new Map([['main', 0], ...subRoots.map((sub) => [sub, 0])])
for (const file of filesUnder(root)) {
  const path = relative(root, file).split(sep).join('/')
  if (path === 'project.config.json' || path === 'project.private.config.json') continue
  const owner = subRoots.find((sub) => path.startsWith(sub)) ?? 'main'
  sizes.set(owner, sizes.get(owner) + statSync(file).size)
}

const kb = (bytes) => `${(bytes / 1024).toFixed(0)} kB`
let total = 0
const over = []
for (const [name, bytes] of sizes) {
  total += bytes
  console.log(`mini-program package ${name}: ${kb(bytes)} of ${kb(PACKAGE_LIMIT)}`)
  if (bytes > PACKAGE_LIMIT) over.push(`${name} is ${kb(bytes)}, over ${kb(PACKAGE_LIMIT)}`)
}
console.log(`mini-program in all: ${kb(total)} of ${kb(TOTAL_LIMIT)}`)
if (total > TOTAL_LIMIT) over.push(`all packages are ${kb(total)}, over ${kb(TOTAL_LIMIT)}`)
if (over.length) {
  console.error(`WeChat would refuse this mini-program: ${over.join('; ')}`)
  process.exit(1)
}

