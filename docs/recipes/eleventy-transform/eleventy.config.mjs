// Eleventy 3 with psy-widgets' own server render as a transform: each built HTML page gets its <psy-*> elements
// filled in (all their text, CBT's too), stamped so that the browser hydrates them, and the hydrating script added.
import { render } from 'psy-widgets/ssr';

export default function (eleventyConfig) {
  eleventyConfig.addTransform('psy-widgets', async function (content) {
    if (!this.page.outputPath?.endsWith('.html') || !content.includes('<psy-')) return content;
    return render(content, { region: 'GB' });
  });
  return { dir: { input: 'src', output: '_site' } };
}
