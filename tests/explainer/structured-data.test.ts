import { expect } from '@open-wc/testing';
import type { PartialContentPack } from '../../packages/content/src/index.js';
import { clinicPack, mount, spyWarnings } from './helpers.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const scripts = (el: Element) => [...el.querySelectorAll('script[type="application/ld+json"]')];
const data = (el: Element): Json[] => JSON.parse(scripts(el)[0]!.textContent!);

describe('<psy-explainer> structured data', () => {
  it('writes nothing into the page unless structured-data is set', async () => {
    const el = await mount();
    expect(scripts(el)).to.have.length(0);
    expect(document.querySelectorAll('script[type="application/ld+json"]')).to.have.length(0);
  });

  it('writes one JSON-LD script into its light DOM: a MedicalWebPage about a PsychologicalTreatment', async () => {
    const el = await mount({ 'structured-data': true });
    expect(scripts(el)).to.have.length(1);
    const [page, faq] = data(el);
    expect(page!['@context']).to.equal('https://schema.org');
    expect(page!['@type']).to.equal('MedicalWebPage');
    expect(page!.about).to.deep.include({ '@type': 'PsychologicalTreatment', name: 'Psychodynamic therapy' });
    expect(page!.lastReviewed).to.equal('2026-11-23');
    expect(page!.reviewedBy).to.equal(undefined);
    expect(page!.citation.length).to.be.greaterThan(5);
    expect(page!.citation[0]['@type']).to.equal('CreativeWork');
    expect(faq!['@type']).to.equal('FAQPage');
    expect(faq!.mainEntity[0]).to.deep.include({ '@type': 'Question', name: 'How long does it take?' });
    expect(faq!.mainEntity[0].acceptedAnswer.text).to.have.length.greaterThan(20);
  });

  it('names the clinic’s reviewer', async () => {
    const el = await mount({ 'structured-data': true }, { content: clinicPack });
    expect(data(el)[0]!.reviewedBy).to.deep.equal({ '@type': 'Person', name: 'Dr A. Example, example clinic' });
    expect(data(el)[0]!.lastReviewed).to.equal('2026-12-01');
  });

  it('leaves out the FAQPage when the FAQ is not shown', async () => {
    const el = await mount({ 'structured-data': true, sections: 'principles' });
    expect(data(el).map((d) => d['@type'])).to.deep.equal(['MedicalWebPage']);
  });

  it('keeps one script, kept up to date, and removes it with the element', async () => {
    const el = await mount({ 'structured-data': true });
    el.therapy = 'cbt';
    await el.updateComplete;
    el.layout = 'accordion';
    await el.updateComplete;
    expect(scripts(el)).to.have.length(1);
    expect(data(el)[0]!.name).to.equal('Cognitive behavioural therapy (CBT)');
    el.remove();
    expect(scripts(el)).to.have.length(0);
    expect(document.querySelectorAll('script[type="application/ld+json"]')).to.have.length(0);
  });

  it('writes it again when the element is moved to another place in the page', async () => {
    const el = await mount({ 'structured-data': true });
    const box = el.parentElement!;
    el.remove();
    box.prepend(el);
    await el.updateComplete;
    expect(scripts(el)).to.have.length(1);
  });

  it('writes text only: markup in a clinic’s pack stays inside the JSON', async () => {
    const content: PartialContentPack = {
      therapies: {
        psychodynamic: {
          faq: [
            {
              id: 'markup',
              question: 'Example </script><img src=x onerror="window.__psyHacked = true">?',
              answer: [{ type: 'paragraph', text: ['Example answer.'], sources: [] }],
            },
          ],
        },
      },
    };
    const el = await mount({ 'structured-data': true }, { content });
    const script = scripts(el)[0]!;
    expect(script.children).to.have.length(0);
    expect(el.querySelector('img')).to.equal(null);
    expect(data(el)[1]!.mainEntity.at(-1).name).to.contain('<img src=x');
    expect((window as { __psyHacked?: boolean }).__psyHacked).to.equal(undefined);
  });

  it('removes the script when the input turns bad', async () => {
    const el = await mount({ 'structured-data': true });
    el.therapy = 'no-such-therapy';
    const warnings = spyWarnings(); // the bad therapy is warned about, as its own test checks
    await el.updateComplete;
    warnings.restore();
    expect(scripts(el)).to.have.length(0);
  });
});
