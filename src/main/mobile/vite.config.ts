import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import uni from '@dcloudio/vite-plugin-uni'

/**
 * uni-h5's built-in styles fetch shadow images from DCloud's CDN: a request to another origin on
 * every first load, on a weak link, that a strict CSP would refuse. The page draws no such shadow.
 */
function noCdnImages(): Plugin {
  return {
    name: 'liaison-no-cdn-images',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'asset' && chunk.fileName.endsWith('.css') && typeof chunk.source === 'string') {
          chunk.source = chunk.source.replace(/url\(['"]?https:\/\/cdn\.dcloud\.net\.cn\/[^)'"]*['"]?\)/g, 'none')
        }
      }
    },
  }
}

/**
 * wot-design-uni fetches its icon font from Alibaba's CDN (at.alicdn.com): a request to a third
 * party on every first load, that a strict CSP refuses and a weak link waits for. The font ships in
 * the package: H5 serves it as one of our assets; the mini-program, which loads no font from its own
 * package, gets it inline (54 kB).
 */
function localIconFont(): Plugin {
  const remote = /@font-face\s*{[^}]*at\.alicdn\.com[^}]*}/g
  const font = () => readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'node_modules/wot-design-uni/components/wd-icon/wd-icons.ttf'))
  return {
    name: 'liaison-local-icon-font',
    enforce: 'post',
    generateBundle(_options, bundle) {
      // H5 keeps the package's own rule for the file beside it; the mini-program gets it inline.
      const local = process.env.UNI_PLATFORM === 'mp-weixin'
        ? `@font-face{font-family:wd-icons;src:url(data:font/ttf;base64,${font().toString('base64')}) format("truetype");font-weight:400;font-style:normal}`
        : ''
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'asset' && /\.(css|wxss)$/.test(chunk.fileName) && typeof chunk.source === 'string') {
          chunk.source = chunk.source.replace(remote, local)
        }
      }
    },
  }
}

/**
 * The home page's chunks, fetched beside the app's script instead of after it: on a slow link each
 * wait for the next file costs a round trip (400 ms on slow 3G) of the first screen's 5 s.
 */
function preloadHome(): Plugin {
  return {
    name: 'liaison-preload-home',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle
        if (!bundle) return html
        const home = Object.values(bundle).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('pages/index/index.vue'))
        if (!home || home.type !== 'chunk') return html
        const base = context.server ? '/' : '/m/'
        const scripts = [home.fileName, ...home.imports].filter((f) => !html.includes(f))
        const styles = [...(home.viteMetadata?.importedCss ?? [])]
        for (const f of home.imports) {
          const c = bundle[f]
          if (c?.type === 'chunk') styles.push(...(c.viteMetadata?.importedCss ?? []))
        }
        const links = [
          ...scripts.map((f) => `<link rel="modulepreload" crossorigin href="${base}${f}">`),
          ...[...new Set(styles)].filter((f) => !html.includes(f)).map((f) => `<link rel="preload" as="style" href="${base}${f}">`),
        ]
        return html.replace('</head>', `  ${links.join('\n    ')}\n  </head>`)
      },
    },
  }
}

/**
 * The mini-program's AppID comes from the build's environment (LIAISON_WECHAT_APP_ID), never from
 * the repository; without it WeChat's tools open the build as a tourist project.
 */
function appIdFromEnvironment(): Plugin {
  return {
    name: 'liaison-mp-app-id',
    apply: 'build',
    closeBundle() {
      if (process.env.UNI_PLATFORM !== 'mp-weixin' || !process.env.UNI_OUTPUT_DIR) return
      const file = join(process.env.UNI_OUTPUT_DIR, 'project.config.json')
      if (!existsSync(file)) return
      const project = JSON.parse(readFileSync(file, 'utf8'))
      project.appid = process.env.LIAISON_WECHAT_APP_ID || 'touristappid'
      writeFileSync(file, JSON.stringify(project, null, 2))
    },
  }
}

export default defineConfig({
  plugins: [uni(), noCdnImages(), localIconFont(), preloadHome(), appIdFromEnvironment()],
  server: {
    port: 5174,
    strictPort: true,
    // `npx uni` in dev: the API of `./mvnw quarkus:dev` behind the same origin, as /m/ has it in the jar.
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
})
