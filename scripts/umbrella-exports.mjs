// The umbrella package exports what @psy-widgets/core's index exports: it re-exports core module by module (so that
// bundlers keep the lazily loaded parts out of the first load), and this check, run by `npm run test:pack` after the
// build, keeps that list from drifting from core's. Names are read from the built declarations, types included.
import { resolve } from 'node:path';
import ts from 'typescript';
import { umbrella } from './registry.mjs';

const root = resolve(import.meta.dirname, '..');

/**
 * Core's values the umbrella leaves out, each still exported by @psy-widgets/core. Most live with a part the umbrella
 * loads later (the urgent-help panel, with the rules that pick its region, or the checker of a page's settings):
 * exporting them would move that part into the first load. The helpers that serve only element authors, who import
 * core (`settingsFor`, `lazy`, `themed`, `words`, `clampLevel`, the kinds of source), stay there too.
 */
const coreOnly = new Set([
  'helpNowDefaults',
  'pageSettings',
  'regionOfTimeZone',
  'visitorTimeZone',
  'resolveFully',
  'settingsFor',
  'lazy',
  'Lazy',
  'themed',
  'words',
  'clampLevel',
  'renderSourceKind',
  'sourceKindKey',
  'sourceKindStrings',
]);

/** Core's classes of the lazily loaded parts: the umbrella exports their types only (their values load later). */
const typeOnly = new Set(['PsyHelpNow', 'PsyTerm']);

/** Each export of a built module: its name and whether it has a value at run time. */
function exportsOf(program, file) {
  const checker = program.getTypeChecker();
  const symbol = checker.getSymbolAtLocation(program.getSourceFile(file));
  return new Map(
    checker.getExportsOfModule(symbol).map((s) => {
      const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
      const typeOnlyExport = s.declarations?.some((d) => d.isTypeOnly || d.parent?.parent?.isTypeOnly);
      return [s.name, Boolean(target.flags & ts.SymbolFlags.Value) && !typeOnlyExport];
    }),
  );
}

export function umbrellaExportProblems() {
  const coreFile = resolve(root, 'packages/core/dist/index.d.ts');
  const umbrellaFile = resolve(root, 'packages', umbrella.folder, 'dist/index.d.ts');
  const program = ts.createProgram([coreFile, umbrellaFile], {
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    module: ts.ModuleKind.ESNext,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
  });
  const core = exportsOf(program, coreFile);
  const all = exportsOf(program, umbrellaFile);
  const problems = [];
  for (const [name, isValue] of core) {
    if (coreOnly.has(name)) continue;
    if (!all.has(name)) problems.push(`does not export ${name}, which @psy-widgets/core exports`);
    else if (isValue && !all.get(name) && !typeOnly.has(name)) problems.push(`exports ${name} as a type only`);
  }
  return problems;
}
