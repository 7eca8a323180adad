import { listenControls } from './earlyControls';
import { listenEarly } from './earlyTips';
import { pagePlace, startPage } from './pageStart';

// The page's start-up script, inline in every built page's <head> (see src/build/bootScript.ts):
// theme and language before the first paint, then a built page's answers before its code.
const place = pagePlace(document.currentScript);
if (startPage(place)) {
  listenEarly();
  listenControls(place);
}
