// `npm run version` (after `changeset version`): writes the new version into @psy-widgets/core's VERSION, which
// `define()` compares when a page loads two copies, and into every embed address in the READMEs
// (`psy-widgets@<version>/cdn/…`), so the documented snippet pins the release it ships with. The packages are
// versioned together (fixed in .changeset).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readmes, releaseOf } from './embed-version.mjs';

const root = resolve(import.meta.dirname, '..');
const core = resolve(root, 'packages/core');
const { version } = JSON.parse(readFileSync(resolve(core, 'package.json'), 'utf8'));
const file = resolve(core, 'src/version.ts');
writeFileSync(file, readFileSync(file, 'utf8').replace(/VERSION: string = '[^']*'/, `VERSION: string = '${version}'`));
const release = releaseOf(version);
for (const readme of readmes()) {
  const text = readFileSync(readme, 'utf8');
  writeFileSync(readme, text.replace(/psy-widgets@[^/\s]+\/cdn\//g, `psy-widgets@${release}/cdn/`));
}
console.log(`VERSION = '${version}'; embeds pin psy-widgets@${release}`);
