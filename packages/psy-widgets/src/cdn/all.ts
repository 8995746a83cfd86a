// The CDN file with every psy-widgets element, Lit included; parts they load later sit in cdn/chunks/.
import '../index.js';
