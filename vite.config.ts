// The demo clinic site (`npm start`): a multi-page site under demo/ that loads the built CDN files from /cdn/, exactly
// as a clinic's page loads them from jsDelivr. The header and footer are shared HTML partials, inlined when served.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const demo = resolve(here, 'demo');
const cdn = resolve(here, 'packages/psy-widgets/cdn');
const pages = ['index', 'approach', 'compare', 'self-check', 'embed'];

/** Serves packages/psy-widgets/cdn at /cdn/ untouched (as a CDN would), and copies it into a demo build. */
function cdnFiles(): Plugin {
  return {
    name: 'psy-demo-cdn',
    configureServer(server) {
      server.middlewares.use('/cdn', (req, res, next) => {
        const file = join(cdn, decodeURIComponent(new URL(req.url ?? '/', 'http://demo').pathname));
        if (!file.startsWith(cdn + sep) || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader('Content-Type', file.endsWith('.css') ? 'text/css' : 'text/javascript');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(readFileSync(file));
      });
    },
    // dev: resolve to the file, so vite's warm-up of the page's scripts finds it
    resolveId: (id) => (id.startsWith('/cdn/') ? join(cdn, id.slice('/cdn/'.length)) : null),
    // build: leave the page's <script> and <link> to cdn/ exactly as written, as a clinic's page has them (and the
    // classic script from public/ that sets the theme before the first paint)
    transformIndexHtml: {
      order: 'pre',
      handler: (html, { server }) =>
        server
          ? html
          : html.replace(/<(script|link)\b([^>]*\b(?:src|href)="(?:cdn\/|theme-early\.js"))/g, '<$1 vite-ignore$2'),
    },
    generateBundle() {
      // every file, the lazy parts in cdn/chunks/ included, at the same paths
      const files = existsSync(cdn) ? readdirSync(cdn, { recursive: true, withFileTypes: true }) : [];
      for (const entry of files.filter((f) => f.isFile())) {
        const path = join(entry.parentPath, entry.name);
        const fileName = `cdn/${relative(cdn, path).split(sep).join('/')}`;
        this.emitFile({ type: 'asset', fileName, source: readFileSync(path) });
      }
    },
  };
}

/**
 * Inlines `<!-- include:header -->` and `<!-- include:footer -->`, marking the current page's nav link. Links are
 * relative, so the built site works from any folder of any static host. Storybook is served on its own port while
 * developing, and from storybook/ beside the pages in the built site.
 */
function partials(): Plugin {
  return {
    name: 'psy-demo-partials',
    transformIndexHtml: {
      order: 'pre',
      handler(html, { path, server }) {
        const page = path
          .split('?')[0]!
          .replace(/^.*\//, '')
          .replace(/^(index\.html)?$/, './');
        return html.replace(/<!-- include:(\w+) -->/g, (_, name: string) =>
          readFileSync(join(demo, 'partials', `${name}.html`), 'utf8')
            .replace(`<a href="${page}"`, `<a href="${page}" aria-current="page"`)
            .replace(server ? /^(?!)/ : /href="http:\/\/localhost:6006\/" title="[^"]*"/, 'href="storybook/"'),
        );
      },
    },
  };
}

export default defineConfig({
  root: demo,
  // the configurator reads the content pack's ids and labels from the sources
  resolve: { conditions: ['@psy-widgets/source', ...defaultClientConditions] },
  plugins: [cdnFiles(), partials()],
  server: { port: 5173 },
  // relative addresses in the built site, so it works from any folder of a static host
  base: './',
  build: {
    outDir: resolve(demo, 'dist'),
    emptyOutDir: true,
    rolldownOptions: { input: Object.fromEntries(pages.map((p) => [p, resolve(demo, `${p}.html`)])) },
  },
});
