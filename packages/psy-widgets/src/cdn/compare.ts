// The CDN file of <psy-compare> (with <psy-term>); parts it loads later sit in cdn/chunks/.
import '@psy-widgets/compare';
