/** A number in tenths as SVG path text, as short as it reads: `1.5`, `-.5`, `12`. */
function tenths(n: number): string {
  const text = (n / 10).toString();
  return text.startsWith('0.')
    ? text.slice(1)
    : text.startsWith('-0.')
      ? `-${text.slice(2)}`
      : text;
}

/** Joins two numbers the way a path parser splits them: a sign or a leading point is a break. */
function join(out: string, next: string): string {
  if (out === '' || /[a-zA-Z]$/.test(out) || next.startsWith('-')) return out + next;
  // `.5` after `1.2` reads as a new number; after `12` it would not.
  if (next.startsWith('.') && /\.\d*$/.test(out)) return out + next;
  return `${out} ${next}`;
}

/**
 * A drawing context for d3-geo's path generator that writes an outline as relative moves to a
 * tenth of a pixel: `M868.9,372.6l-.8.8-.3-1.2z` rather than repeating each absolute point.
 * The same shape in about half the text, which a map of fifty countries feels in every page and
 * file that carries it. Rounding is to the absolute tenth, so no error builds along a ring.
 */
export class CompactPath {
  private text = '';
  private x = 0;
  private y = 0;
  private inRun = false;
  /** A ring's move, written only once the ring draws something: a ring smaller than a tenth of a pixel is left out. */
  private pendingMove = '';

  beginPath(): void {
    this.inRun = false;
  }

  moveTo(x: number, y: number): void {
    const [ax, ay] = [Math.round(x * 10), Math.round(y * 10)];
    this.pendingMove = `M${tenths(ax)},${tenths(ay)}`;
    [this.x, this.y] = [ax, ay];
    this.inRun = false;
  }

  lineTo(x: number, y: number): void {
    const [ax, ay] = [Math.round(x * 10), Math.round(y * 10)];
    const [dx, dy] = [ax - this.x, ay - this.y];
    if (dx === 0 && dy === 0) return;
    this.text += this.pendingMove;
    this.pendingMove = '';
    if (!this.inRun) this.text += 'l';
    this.text = join(join(this.text, tenths(dx)), tenths(dy));
    [this.x, this.y] = [ax, ay];
    this.inRun = true;
  }

  closePath(): void {
    if (this.pendingMove === '') this.text += 'z';
    this.pendingMove = '';
    this.inRun = false;
  }

  /** Points are drawn as symbols of their own, never by the outline. */
  arc(): void {
    return undefined;
  }

  /** The text so far, and a fresh start for the next outline. */
  take(): string {
    const out = this.text;
    this.text = '';
    this.pendingMove = '';
    this.inRun = false;
    return out;
  }
}
