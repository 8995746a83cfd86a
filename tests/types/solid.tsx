/** @jsxImportSource solid-js */
// Solid renders the elements itself; psy-widgets/solid types their props from the manifests.
import type {} from 'psy-widgets/solid';

export const ok = () => <psy-explainer therapy="cbt" layout="accordion" heading-level={3} />;
// @ts-expect-error layout takes full, accordion or summary
export const wrong = () => <psy-explainer layout="carousel" />;
export const check = () => <psy-self-check on:psy-complete={(event) => console.log(event.detail.outcome)} />;
