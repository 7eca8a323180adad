import '../styles/app.css';
import { applyLaterStyles } from './boot/laterStyles';

/**
 * The entry point is kept tiny: a built page paints in the first frame after its bytes arrive,
 * and only then is the app's code fetched and run (until it has, the start-up script answers
 * the reader: see src/app/boot). A page in a background tab, which draws no frames, starts a
 * moment later. It imports nothing the app imports: that would make it wait for all of it.
 */
applyLaterStyles();
const root = document.getElementById('root');
if (root) {
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    void import('./start').then((m) => m.start(root));
  };
  // Once the first paint is on screen (the paint timing entry is written when it is presented).
  if (typeof PerformanceObserver === 'function') {
    new PerformanceObserver((_, observer) => {
      observer.disconnect();
      setTimeout(go, 0);
    }).observe({ type: 'paint', buffered: true });
  } else {
    requestAnimationFrame(() => setTimeout(go, 0));
  }
  setTimeout(go, 1000);
}
