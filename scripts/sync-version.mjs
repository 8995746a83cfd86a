// `npm run version` (after `changeset version`): writes the new version into @psy-widgets/core's VERSION, which
// `define()` compares when a page loads two copies. The packages are versioned together (fixed in .changeset).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const core = resolve(import.meta.dirname, '../packages/core');
const { version } = JSON.parse(readFileSync(resolve(core, 'package.json'), 'utf8'));
writeFileSync(
  resolve(core, 'src/version.ts'),
  `/** The version of this copy of psy-widgets; kept in step with package.json by \`npm run version\`. */\nexport const VERSION = '${version}';\n`,
);
console.log(`VERSION = '${version}'`);
