import { axeSuite } from './a11y.js';

axeSuite('light');
