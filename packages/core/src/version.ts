/** The version of this copy of psy-widgets; kept in step with package.json by `npm run version`. */
export const VERSION = '0.0.0';
