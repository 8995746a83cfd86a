// The CDN file that hydrates server-rendered psy-widgets: Lit's hydrate support first, then every element.
import '../ssr-client.js';
import './all.js';
