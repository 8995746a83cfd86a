// Some test-only libraries are ES modules that import CommonJS packages (`syllable` imports `pluralize` and
// `normalize-strings`), which browsers cannot load. This web-test-runner plugin serves each named package as one ES
// module, bundled once by esbuild with its dependencies, so tests import it exactly as Node code does.
import { build } from 'esbuild';

const prefix = '/__bundled-esm/';

async function bundle(specifier) {
  const result = await build({
    stdin: { contents: `export * from '${specifier}';`, resolveDir: import.meta.dirname },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Serves each of `specifiers` (package names) as one bundled ES module. */
export function bundledEsm(specifiers) {
  const bundles = new Map();
  return {
    name: 'bundled-esm',
    resolveImport({ source }) {
      if (specifiers.includes(source)) return `${prefix}${source}.js`;
    },
    async serve({ path }) {
      if (!path.startsWith(prefix)) return undefined;
      const name = path.slice(prefix.length, -'.js'.length);
      if (!specifiers.includes(name)) return undefined;
      if (!bundles.has(name)) bundles.set(name, bundle(name));
      return { body: await bundles.get(name), type: 'js' };
    },
  };
}
