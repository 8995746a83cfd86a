// Entry of embed.html.
import { startConfigurator } from './start.js';

startConfigurator();
