// The CDN file of <psy-explainer> (with <psy-term>); parts it loads later, <psy-help-now> among them, sit in
// cdn/chunks/.
import '@psy-widgets/explainer';
