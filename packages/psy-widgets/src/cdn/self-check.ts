// The CDN file of <psy-self-check>; parts it loads later sit in cdn/chunks/, <psy-help-now> among them (fetched as
// soon as this file has run, without holding up the self-check's first render).
import '@psy-widgets/self-check';
