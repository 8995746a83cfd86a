// The one-file CDN build of <psy-explainer> (with <psy-term> and <psy-help-now>).
import '@psy-widgets/explainer';
