// Vite config for Storybook: stories import the packages' TypeScript sources (the "@psy-widgets/source" export
// condition), so an edit shows at once without a build. Decorators follow tsconfig.base.json (experimentalDecorators),
// which vite's transform reads from the nearest tsconfig.json.
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  resolve: { conditions: ['@psy-widgets/source', ...defaultClientConditions] },
});
