// Runs the React tests alone, with the plugin that serves React as ES modules (until the main config has it):
// npx web-test-runner --config tests/react/wtr.config.mjs
import config from '../../web-test-runner.config.mjs';
import { reactEsm } from './react-esm-plugin.mjs';

export default {
  ...config,
  files: ['tests/react/**/*.test.ts'],
  groups: undefined,
  plugins: [reactEsm(), ...config.plugins],
};
