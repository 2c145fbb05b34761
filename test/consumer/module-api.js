// A consumer's page that formats through the npm entry's module API, synchronously: in
// Tamazight too, whose date names the package carries (engines lack them), so a bundler must
// keep the module that installs them.
import {formatFullDate} from 'news-widgets';

window.tamazightDate = formatFullDate(new Date(Date.UTC(2026, 0, 16, 12)), 'zgh', {timeZone: 'Africa/Casablanca'});
