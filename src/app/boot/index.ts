import { pagePlace, startPage } from './pageStart';

// The page's start-up script, inline in every built page's <head> (see src/build/bootScript.ts):
// theme and language before the first paint. A built page's answers before its code (early.ts)
// come in a small script file of their own, shared by every page.
startPage(pagePlace(document.currentScript));
