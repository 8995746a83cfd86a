// axe-core's browser build: a script with no module types, which puts `axe` on the window.
declare module 'axe-core/axe.min.js';
