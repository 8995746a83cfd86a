// The one-file CDN build: every psy-widgets element, Lit included.
import '../index.js';
