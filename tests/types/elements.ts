// A page that imports everything gets a type for every tag, and wrong values do not compile.
import 'psy-widgets';

const term = document.querySelector('psy-term')!;
term.close();
const help = document.querySelector('psy-help-now')!;
help.region = 'GB';
const explainer = document.createElement('psy-explainer');
explainer.layout = 'accordion';
// @ts-expect-error layout takes full, accordion or summary
explainer.layout = 'carousel';
const check = document.querySelector('psy-self-check')!;
check.addEventListener('psy-complete', (event) => {
  const outcome: string = event.detail.outcome;
  // @ts-expect-error psy-complete's detail has no score
  console.log(outcome, event.detail.score);
});
