// Wires the embed configurator's form to its live preview, its snippet and its Copy button.
import { therapies } from '@psy-widgets/content/packs/en-GB/therapies.js';
import { readConfig, type Widget } from './config.js';
import { COMMAND_COPIED, copySnippet } from './copy.js';
import { prerenderNote, renderCommandFor } from './prerender.js';
import { renderPreview } from './preview.js';
import { snippetFor, versionNote } from './snippet.js';

/** Shows only the options of the chosen widget (groups carry `data-for="<tag> <tag>"`). */
function showOptionsFor(form: HTMLFormElement, widget: Widget): void {
  for (const group of form.querySelectorAll<HTMLElement>('[data-for]')) {
    group.hidden = !group.dataset.for!.split(' ').includes(widget);
  }
}

/** Offers the sections the chosen therapy has, under that therapy's own titles. */
function offerSectionsOf(form: HTMLFormElement, therapyId: string): void {
  const therapy = therapies[therapyId];
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="sections"]')) {
    const section = therapy?.sections.find((s) => s.id === box.value);
    const builtIn = box.value === 'faq' || box.value === 'sources';
    box.disabled = !section && !builtIn;
    box.closest('label')!.hidden = box.disabled;
    const title = box.closest('label')!.querySelector('.choice__title');
    if (section && title) title.textContent = section.title;
  }
}

/** Keeps the colour picker and the hex field in step; a hex field that is not a colour says so. */
function syncBrandFields(picker: HTMLInputElement, hex: HTMLInputElement, error: HTMLElement): void {
  picker.addEventListener('input', () => {
    hex.value = picker.value;
    hex.removeAttribute('aria-invalid');
    error.hidden = true;
  });
  hex.addEventListener('input', () => {
    const match = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(hex.value.trim());
    if (match) {
      const digits = match[1]!.length === 3 ? [...match[1]!].map((d) => d + d).join('') : match[1]!;
      picker.value = `#${digits.toLowerCase()}`;
    }
  });
  hex.addEventListener('change', () => {
    const valid = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.test(hex.value.trim());
    if (valid) hex.removeAttribute('aria-invalid');
    else hex.setAttribute('aria-invalid', 'true');
    error.hidden = valid;
  });
}

export function startConfigurator(root: ParentNode = document): { update: () => void } {
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const form = $<HTMLFormElement>('#embed-form');
  const preview = $<HTMLElement>('#cfg-preview');
  const snippet = $<HTMLTextAreaElement>('#cfg-snippet');
  const status = $<HTMLElement>('#cfg-copy-status');
  const command = $<HTMLTextAreaElement>('#cfg-command');
  const commandStatus = $<HTMLElement>('#cfg-command-status');

  const update = () => {
    const config = readConfig(form);
    showOptionsFor(form, config.widget);
    offerSectionsOf(form, config.therapy);
    const fresh = readConfig(form); // sections may have changed with the therapy
    renderPreview(preview, fresh);
    const code = snippetFor(fresh);
    if (snippet.value !== code) {
      snippet.value = code;
      status.textContent = ''; // "Copied" no longer holds for new code
    }
    const line = renderCommandFor(fresh);
    if (command.value !== line) {
      command.value = line;
      commandStatus.textContent = '';
    }
    $<HTMLElement>('#cfg-prerender-note').textContent = prerenderNote(fresh);
  };

  $<HTMLElement>('#cfg-version').textContent = versionNote();
  syncBrandFields($('#cfg-brand'), $('#cfg-brand-hex'), $('#cfg-brand-error'));
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  $<HTMLButtonElement>('#cfg-copy').addEventListener('click', () => void copySnippet(snippet, status));
  $<HTMLButtonElement>('#cfg-copy-command').addEventListener(
    'click',
    () => void copySnippet(command, commandStatus, navigator.clipboard, COMMAND_COPIED),
  );
  update();
  return { update };
}
