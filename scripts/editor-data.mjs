// Writes editor data for packages/psy-widgets from the manifests, after the build: VS Code's HTML and CSS custom data
// (vscode.html-custom-data.json, vscode.css-custom-data.json) and JetBrains' web-types.json. Attribute values come
// from the built types (`layout` lists full, accordion and summary), so editors offer and check what the elements take.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { oneLine, readElements } from './generate.mjs';

const root = resolve(import.meta.dirname, '..');
const umbrella = resolve(root, 'packages/psy-widgets');

/** For each `tag.property`, the string literals its type allows, read from the umbrella's built declarations. */
function literalValues(elements) {
  const program = ts.createProgram([resolve(umbrella, 'dist/index.d.ts')], {
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    module: ts.ModuleKind.ESNext,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const tagMap = checker.getDeclaredTypeOfSymbol(checker.resolveName('HTMLElementTagNameMap', undefined, -1, false));
  const values = new Map();
  for (const el of elements) {
    const tagSymbol = tagMap.getProperty(el.tag);
    if (!tagSymbol) continue;
    const elementType = checker.getTypeOfSymbol(tagSymbol);
    for (const field of el.fields) {
      const prop = elementType.getProperty(field.name);
      if (!prop) continue;
      const type = checker.getNonNullableType(checker.getTypeOfSymbol(prop));
      const parts = type.isUnion() ? type.types : [type];
      if (parts.every((t) => t.isStringLiteral()))
        values.set(
          `${el.tag}.${field.name}`,
          parts.map((t) => t.value),
        );
    }
  }
  return values;
}

export function renderEditorData(elements, values, version) {
  const isBoolean = (a) => a.type?.text === 'boolean';
  const html = {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((el) => ({
      name: el.tag,
      description: oneLine(el.summary),
      attributes: el.attributes.map((a) => ({
        name: a.name,
        description: oneLine(a.description),
        ...(isBoolean(a) ? { valueSet: 'v' } : {}),
        ...(values.has(`${el.tag}.${a.fieldName}`)
          ? { values: values.get(`${el.tag}.${a.fieldName}`).map((name) => ({ name })) }
          : {}),
      })),
    })),
  };
  const cssProperties = new Map();
  for (const el of elements)
    for (const p of el.cssProperties) if (!cssProperties.has(p.name)) cssProperties.set(p.name, p);
  const css = {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-css-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    properties: [...cssProperties.values()].map((p) => ({
      name: p.name,
      description: oneLine(`${p.description ?? ''}${p.default ? ` Default: ${p.default}.` : ''}`),
    })),
    pseudoElements: [
      {
        name: '::part()',
        description: `Parts of the psy-* elements: ${elements.map((el) => `${el.tag} (${el.cssParts.map((p) => p.name).join(', ')})`).join('; ')}.`,
      },
    ],
  };
  const webTypes = {
    $schema: 'https://json.schemastore.org/web-types',
    name: 'psy-widgets',
    version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((el) => ({
          name: el.tag,
          description: oneLine(el.summary),
          attributes: el.attributes.map((a) => {
            const allowed = values.get(`${el.tag}.${a.fieldName}`);
            return {
              name: a.name,
              description: oneLine(a.description),
              ...(a.default !== undefined && a.default !== 'undefined' ? { default: a.default } : {}),
              value: isBoolean(a)
                ? { type: 'boolean', required: false }
                : allowed
                  ? { type: allowed.map((v) => `'${v}'`).join(' | '), kind: 'plain', required: true }
                  : { type: a.type?.text ?? 'string', kind: 'plain' },
              ...(allowed ? { values: allowed.map((name) => ({ name })) } : {}),
            };
          }),
          events: el.events.map((e) => ({ name: e.name, description: oneLine(e.description) })),
          slots: el.slots.map((s) => ({ name: s.name, description: oneLine(s.description) })),
          css: {
            properties: el.cssProperties.map((p) => ({ name: p.name, description: oneLine(p.description) })),
            parts: el.cssParts.map((p) => ({ name: p.name, description: oneLine(p.description) })),
          },
        })),
      },
    },
  };
  return {
    'vscode.html-custom-data.json': html,
    'vscode.css-custom-data.json': css,
    'web-types.json': webTypes,
  };
}

export function writeEditorData() {
  const elements = readElements();
  const { version } = JSON.parse(ts.sys.readFile(resolve(umbrella, 'package.json')));
  const files = renderEditorData(elements, literalValues(elements), version);
  for (const [name, data] of Object.entries(files))
    writeFileSync(resolve(umbrella, name), `${JSON.stringify(data, null, 2)}\n`);
  return Object.keys(files);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) console.log(`wrote ${writeEditorData().join(', ')}`);
