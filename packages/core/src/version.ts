/** The version of this copy of psy-widgets; kept in step with package.json by `npm run version`. */
export const VERSION: string = '0.0.0';

/**
 * The release an embed pins (`psy-widgets@<RELEASE>` on the CDN): this version, or before the first release (the
 * workspace's 0.0.0) the first release, 0.1.0.
 */
export const RELEASE = VERSION === '0.0.0' ? '0.1.0' : VERSION;
