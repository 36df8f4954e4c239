/** Unit tests run components and formatters in Node: both languages' strings are there from the start. */
import { registerMessages } from '../../src/i18n/i18n.ts';
import { AR } from '../../src/i18n/messages-ar.ts';
import { EN } from '../../src/i18n/messages-en.ts';

registerMessages('en', EN);
registerMessages('ar', AR);
