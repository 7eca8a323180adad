import { listenControls } from './earlyControls';
import { listenEarly } from './earlyTips';
import { applyLaterStyles } from './laterStyles';
import { pagePlace } from './pageStart';

// A built page's answers before its code: marks' tooltips, the header's choices, the cards a
// reader reached. Loaded `async` from the head (see src/build/bootScript.ts), so it runs as soon
// as it arrives, before the page's own code, and never holds up the first paint.
listenEarly();
listenControls(pagePlace(document.querySelector('script[data-base],script[data-hash-routes]')));
applyLaterStyles();
