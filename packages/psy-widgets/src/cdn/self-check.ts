// The one-file CDN build of <psy-self-check> (with <psy-term> and <psy-help-now>).
import '@psy-widgets/self-check';
