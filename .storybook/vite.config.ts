// Vite config for Storybook: stories import the packages' TypeScript sources (the "@psy-widgets/source" export
// condition), so an edit shows at once without a build. Decorators follow tsconfig.base.json (experimentalDecorators),
// which vite's transform reads from the nearest tsconfig.json.
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

/**
 * Some packages' `sideEffects` fields name only their built define files (dist/); a story that imports a package for
 * its registration gets the source instead, which the bundler would otherwise drop as side-effect free.
 */
const sourcesRegister: Plugin = {
  name: 'psy-sources-register',
  transform: (code, id) => (/\/packages\/[^/]+\/src\/.+\.ts$/.test(id) ? { code, moduleSideEffects: true } : null),
};

export default defineConfig({
  resolve: { conditions: ['@psy-widgets/source', ...defaultClientConditions] },
  plugins: [sourcesRegister],
  // Storybook's renderer imports lit/directive-helpers.js; pre-bundled with the rest of Lit, there is one copy of Lit
  optimizeDeps: { include: ['lit/directive-helpers.js'] },
});
