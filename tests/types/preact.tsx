/** @jsxImportSource preact */
// Preact renders the elements itself; psy-widgets/preact types their props from the manifests.
import type {} from 'psy-widgets/preact';

export const ok = <psy-explainer therapy="cbt" layout="accordion" heading-level={3} />;
// @ts-expect-error layout takes full, accordion or summary
export const wrong = <psy-explainer layout="carousel" />;
export const check = <psy-self-check onpsy-complete={(event) => console.log(event.detail.outcome)} />;
