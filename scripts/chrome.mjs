// Kept for the scripts that only need Chromium (bench, lighthouse, consumer tests): browser
// discovery for all three engines lives in browsers.mjs.
export {chromeFlags, findChrome} from './browsers.mjs';
