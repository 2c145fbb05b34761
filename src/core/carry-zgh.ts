/**
 * Installs the names the library carries for Standard Moroccan Tamazight (`zgh.ts`) into the
 * formatters of `intl.ts`. Imported on first need (a switch to Tamazight, the CDN module API's
 * formatters, the npm entry), so a page in another language does not download them.
 */
import {carryLocale} from './intl.js';
import {zgh} from './zgh.js';

carryLocale('zgh', zgh);
