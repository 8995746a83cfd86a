// The CDN file of <psy-self-check> (with <psy-help-now>); parts it loads later sit in cdn/chunks/.
import '@psy-widgets/self-check';
