// Both default therapies; each is also a module of its own (therapies/*.js), for widgets that show only one.
import type { Therapy } from '../../schema.js';
import { cbt } from './therapies/cbt.js';
import { psychodynamic } from './therapies/psychodynamic.js';

export { cbt, psychodynamic };
export { therapyNames } from './therapies/shared.js';

export const therapies: Record<string, Therapy> = { psychodynamic, cbt };
