// Which engine a test page runs in, for the few tests whose browser driver lacks a command (viewport or media
// emulation): each such test says why where it takes another path.

const agent = navigator.userAgent;

export const isChromium = /Chrom(e|ium)\//.test(agent); // HeadlessChrome/ too
export const isFirefox = /\bFirefox\//.test(agent);
/** WebKit: Safari, every iPhone browser, and WebKitGTK's MiniBrowser in this suite. */
export const isWebKit = /\bAppleWebKit\//.test(agent) && !isChromium;
