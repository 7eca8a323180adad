/**
 * One canvas kept between PNG exports. Allocating and first touching a fresh bitmap of a few
 * megapixels costs more than drawing and encoding the figure, so a run of exports at one size
 * (Export all, a second try, a copy after a download) reuses it. It is let go after a quiet spell,
 * and very large ones are never kept. Exports take turns with it.
 */
const KEEP_MS = 20_000;
const KEEP_MAX_PIXELS = 16_000_000;

interface Raster {
  canvas: HTMLCanvasElement;
  ctx: CanvasRenderingContext2D;
}

let kept: Raster | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let queue: Promise<unknown> = Promise.resolve();

function release(): void {
  if (kept) {
    // A zero-sized canvas frees its bitmap even while something still holds the element.
    kept.canvas.width = 0;
    kept.canvas.height = 0;
  }
  kept = undefined;
}

function acquire(width: number, height: number): Raster {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  if (kept?.canvas.width !== width || kept.canvas.height !== height) {
    release();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    // Read back by the ink check on every draw: a CPU bitmap avoids a GPU round trip each time.
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('this browser cannot draw images');
    kept = { canvas, ctx };
  }
  kept.ctx.setTransform(1, 0, 0, 1, 0, 0);
  kept.ctx.clearRect(0, 0, width, height);
  return kept;
}

function keepForNow(): void {
  if (!kept) return;
  if (kept.canvas.width * kept.canvas.height > KEEP_MAX_PIXELS) {
    release();
    return;
  }
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(release, KEEP_MS);
}

/** Runs `draw` with a cleared canvas of exactly `width` × `height` device pixels, one at a time. */
export function withRasterCanvas<T>(
  width: number,
  height: number,
  draw: (raster: Raster) => Promise<T>,
): Promise<T> {
  const turn = queue.then(async () => {
    try {
      return await draw(acquire(width, height));
    } finally {
      keepForNow();
    }
  });
  queue = turn.catch(() => undefined);
  return turn;
}

/** Allocates the canvas ahead of an export the reader is about to ask for (the menu is open). */
export function warmRasterCanvas(width: number, height: number): Promise<void> {
  if (width * height > KEEP_MAX_PIXELS) return Promise.resolve();
  return withRasterCanvas(width, height, ({ ctx }) => {
    ctx.fillRect(0, 0, 1, 1);
    return Promise.resolve();
  });
}
