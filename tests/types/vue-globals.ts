// psy-widgets/vue types every tag in Vue's GlobalComponents: what vue-tsc checks a template's attributes against.
import type { GlobalComponents } from 'vue';
import type {} from 'psy-widgets/vue';

type PropsOf<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const ok: PropsOf<'psy-explainer'> = { therapy: 'cbt', layout: 'accordion', headingLevel: 3 };
// @ts-expect-error layout takes full, accordion or summary
export const wrong: PropsOf<'psy-explainer'> = { layout: 'carousel' };
export const check: PropsOf<'psy-self-check'> = { onPsyComplete: (event) => console.log(event.detail.outcome) };
