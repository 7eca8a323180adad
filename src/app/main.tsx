import '../styles/app.css';
import { declareCarriedFaces } from '../state/pageFonts';
import { applyLaterStyles } from './boot/laterStyles';

/**
 * The entry point is kept tiny: a built page paints in the first frame after its bytes arrive,
 * and only then does the app's code run (its modules were fetched meanwhile, see the page's
 * preload links). A page in a background tab, which draws no frames, starts a moment later.
 */
applyLaterStyles();
declareCarriedFaces();
const root = document.getElementById('root');
if (root) {
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    void import('./start').then((m) => m.start(root));
  };
  requestAnimationFrame(() => setTimeout(go, 0));
  setTimeout(go, 1000);
}
