// Registers <psy-__name__>.
import { Psy__Name__ } from './psy-__name__.js';

Psy__Name__.define('psy-__name__');

export { Psy__Name__ };

declare global {
  interface HTMLElementTagNameMap {
    'psy-__name__': Psy__Name__;
  }
}
