// The one-file CDN build of <psy-compare> (with <psy-term> and <psy-help-now>).
import '@psy-widgets/compare';
