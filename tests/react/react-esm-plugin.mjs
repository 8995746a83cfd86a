// React ships CommonJS only, and browsers load ES modules. This web-test-runner plugin serves `react`, `react-dom`,
// `react-dom/client` and the JSX runtimes as ES modules, bundled once by esbuild into one file so that they share a
// single React (two copies break hooks). Tests then import React exactly as an app does.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';

const specifiers = ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', 'react/jsx-dev-runtime'];
const prefix = '/__react-esm/';

/** The names a CommonJS module exports, read in a separate Node process (React's dev build patches the console). */
const exportNames = (specifier) =>
  JSON.parse(
    execFileSync(process.execPath, ['-p', `JSON.stringify(Object.keys(require(${JSON.stringify(specifier)})))`], {
      cwd: import.meta.dirname,
      encoding: 'utf8',
    }),
  ).filter((k) => k !== 'default' && /^[A-Za-z_$][\w$]*$/.test(k));

async function bundleReact() {
  const contents =
    specifiers.map((s, i) => `import m${i} from '${s}';`).join('\n') +
    `\nexport const modules = { ${specifiers.map((s, i) => `'${s}': m${i}`).join(', ')} };`;
  const result = await build({
    stdin: { contents, resolveDir: import.meta.dirname },
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"development"' },
  });
  return result.outputFiles[0].text;
}

export function reactEsm() {
  let bundle;
  return {
    name: 'react-esm',
    resolveImport({ source }) {
      if (specifiers.includes(source)) return `${prefix}${source}.js`;
    },
    async serve({ path }) {
      if (!path.startsWith(prefix)) return undefined;
      const name = path.slice(prefix.length, -'.js'.length);
      if (name === 'bundle') return { body: await (bundle ??= bundleReact()), type: 'js' };
      if (!specifiers.includes(name)) return undefined;
      return {
        body: `import { modules } from '${prefix}bundle.js';
const m = modules['${name}'];
export default m;
export const { ${exportNames(name).join(', ')} } = m;`,
        type: 'js',
      };
    },
  };
}
