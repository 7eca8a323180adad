import { escapeMarkup as escapeXml } from '../figure/escapeMarkup';
import { measureText } from '../figure/textMetrics';
import type { DrawnShape, Paint, Stroke } from './svgDrawing';

/** EMUs (English Metric Units) in an inch; a CSS pixel is 1/96 in. */
export const EMU_PER_INCH = 914_400;

/** Where a drawing goes on the slide: its top left in EMU and EMU per figure pixel. */
export interface Placement {
  x: number;
  y: number;
  k: number;
}

/** The faces and language of every text run: the slide's words stay words, in their language. */
export interface RunStyle {
  latin: string;
  eastAsian: string;
  lang: string;
}

/** Points per figure pixel on the slide, for the type sizes. */
const ptPerPx = (k: number) => (k / EMU_PER_INCH) * 72;

const emu = (v: number) => Math.round(v);

function color(p: Paint): string {
  const alpha = p.opacity < 1 ? `<a:alpha val="${String(Math.round(p.opacity * 100_000))}"/>` : '';
  return `<a:srgbClr val="${p.color.slice(1).toUpperCase()}">${alpha}</a:srgbClr>`;
}

const fillXml = (fill: Paint | null) =>
  fill ? `<a:solidFill>${color(fill)}</a:solidFill>` : '<a:noFill/>';

function lineXml(stroke: Stroke | null, k: number): string {
  if (!stroke) return '<a:ln><a:noFill/></a:ln>';
  // Dashes are in thousandths of a percent of the line's width.
  const dash =
    stroke.dash.length >= 2
      ? `<a:custDash>${pairs(stroke.dash)
          .map(
            ([d, sp]) =>
              `<a:ds d="${String(Math.round((d / stroke.width) * 100_000))}" sp="${String(Math.round((sp / stroke.width) * 100_000))}"/>`,
          )
          .join('')}</a:custDash>`
      : '';
  return `<a:ln w="${String(emu(stroke.width * k))}" cap="rnd"><a:solidFill>${color(stroke)}</a:solidFill>${dash}<a:round/></a:ln>`;
}

function pairs(dash: number[]): [number, number][] {
  const even = dash.length % 2 === 0 ? dash : [...dash, ...dash];
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < even.length; i += 2) out.push([even[i] ?? 0, even[i + 1] ?? 0]);
  return out;
}

interface Ids {
  next: number;
}

function nv(ids: Ids, name: string, textBox = false): string {
  const id = ids.next++;
  return `<p:nvSpPr><p:cNvPr id="${String(id)}" name="${escapeXml(name || `Shape ${String(id)}`)}"/><p:cNvSpPr${textBox ? ' txBox="1"' : ''}/><p:nvPr/></p:nvSpPr>`;
}

const xfrm = (x: number, y: number, w: number, h: number) =>
  `<a:xfrm><a:off x="${String(emu(x))}" y="${String(emu(y))}"/><a:ext cx="${String(Math.max(1, emu(w)))}" cy="${String(Math.max(1, emu(h)))}"/></a:xfrm>`;

function shapeXml(s: Exclude<DrawnShape, { kind: 'text' }>, at: Placement, ids: Ids): string {
  const { k } = at;
  const X = (v: number) => at.x + v * k;
  const Y = (v: number) => at.y + v * k;
  if (s.kind === 'rect' || s.kind === 'ellipse') {
    const [x, y, w, h] =
      s.kind === 'rect' ? [s.x, s.y, s.w, s.h] : [s.cx - s.rx, s.cy - s.ry, s.rx * 2, s.ry * 2];
    const geometry =
      s.kind === 'ellipse'
        ? '<a:prstGeom prst="ellipse"><a:avLst/></a:prstGeom>'
        : s.rx > 0
          ? `<a:prstGeom prst="roundRect"><a:avLst><a:gd name="adj" fmla="val ${String(Math.round(Math.min(50_000, (s.rx / Math.min(w, h)) * 100_000)))}"/></a:avLst></a:prstGeom>`
          : '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>';
    return `<p:sp>${nv(ids, s.name)}<p:spPr>${xfrm(X(x), Y(y), w * k, h * k)}${geometry}${fillXml(s.fill)}${lineXml(s.stroke, k)}</p:spPr></p:sp>`;
  }
  // Custom geometry in its own box: coordinates relative to the bounding box, in EMU.
  const all = s.lines.flatMap((l) => l.points);
  const xs = all.map((p) => p[0]);
  const ys = all.map((p) => p[1]);
  const x0 = Math.min(...xs);
  const y0 = Math.min(...ys);
  const w = Math.max(...xs) - x0;
  const h = Math.max(...ys) - y0;
  const W = Math.max(1, emu(w * k));
  const H = Math.max(1, emu(h * k));
  const pt = ([x, y]: [number, number]) =>
    `<a:pt x="${String(emu((x - x0) * k))}" y="${String(emu((y - y0) * k))}"/>`;
  const paths = s.lines
    .map((l) => {
      const [first, ...rest] = l.points;
      if (!first) return '';
      const segments = rest.map((p) => `<a:lnTo>${pt(p)}</a:lnTo>`).join('');
      return `<a:moveTo>${pt(first)}</a:moveTo>${segments}${l.closed ? '<a:close/>' : ''}`;
    })
    .join('');
  // An open line is never filled, whatever it inherits.
  const closed = s.lines.some((l) => l.closed);
  const geometry = `<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/><a:pathLst><a:path w="${String(W)}" h="${String(H)}"${closed ? '' : ' fill="none"'}>${paths}</a:path></a:pathLst></a:custGeom>`;
  return `<p:sp>${nv(ids, s.name)}<p:spPr>${xfrm(X(x0), Y(y0), W, H)}${geometry}${closed ? fillXml(s.fill) : '<a:noFill/>'}${lineXml(s.stroke, k)}</p:spPr></p:sp>`;
}

/** The share of the type size above the baseline in the slide's faces (Arial, YaHei, Noto). */
const ASCENT = 0.905;
const LINE = 1.2;

/** One text run, as a text box whose baseline and anchor fall where the figure put them. */
export function textXml(
  s: Extract<DrawnShape, { kind: 'text' }>,
  at: Placement,
  ids: Ids,
  style: RunStyle,
): string {
  const { k } = at;
  const width =
    (measureText(s.text, s.size, s.weight >= 600 ? 600 : 400) + s.letterSpacing * s.text.length) *
      1.08 +
    2;
  const left = s.anchor === 'middle' ? s.x - width / 2 : s.anchor === 'end' ? s.x - width : s.x;
  const top = s.y - s.size * ASCENT;
  const algn = s.anchor === 'middle' ? 'ctr' : s.anchor === 'end' ? 'r' : 'l';
  const sz = Math.round(s.size * ptPerPx(k) * 100);
  const spc = s.letterSpacing
    ? ` spc="${String(Math.round(s.letterSpacing * ptPerPx(k) * 100))}"`
    : '';
  const run = `<a:rPr lang="${style.lang}" altLang="en-US" sz="${String(sz)}"${s.weight >= 600 ? ' b="1"' : ''}${s.italic ? ' i="1"' : ''}${spc} dirty="0">${fillXml(s.fill)}<a:latin typeface="${escapeXml(style.latin)}"/><a:ea typeface="${escapeXml(style.eastAsian)}"/><a:cs typeface="${escapeXml(style.latin)}"/></a:rPr>`;
  return `<p:sp>${nv(ids, s.name ? `${s.name}: ${s.text}` : s.text, true)}<p:spPr>${xfrm(at.x + left * k, at.y + top * k, width * k, s.size * LINE * k)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr><p:txBody><a:bodyPr wrap="none" lIns="0" tIns="0" rIns="0" bIns="0" rtlCol="0" anchor="t"><a:noAutofit/></a:bodyPr><a:lstStyle/><a:p><a:pPr algn="${algn}"><a:lnSpc><a:spcPct val="100000"/></a:lnSpc></a:pPr><a:r>${run}<a:t>${escapeXml(s.text)}</a:t></a:r></a:p></p:txBody></p:sp>`;
}

/**
 * The drawing as one group of native shapes: rectangles, ellipses, custom outlines and text
 * boxes, each named for what it shows, so the chart can be moved whole or edited piece by piece.
 */
export function groupXml(
  name: string,
  shapes: readonly DrawnShape[],
  at: Placement,
  size: { width: number; height: number },
  style: RunStyle,
  firstId: number,
  /** The chart's summary: the group's alternative text. */
  description = '',
): string {
  const ids = { next: firstId + 1 };
  const body = shapes
    .map((s) => (s.kind === 'text' ? textXml(s, at, ids, style) : shapeXml(s, at, ids)))
    .join('');
  const w = emu(size.width * at.k);
  const h = emu(size.height * at.k);
  const box = `<a:off x="${String(emu(at.x))}" y="${String(emu(at.y))}"/><a:ext cx="${String(w)}" cy="${String(h)}"/>`;
  const child = `<a:chOff x="${String(emu(at.x))}" y="${String(emu(at.y))}"/><a:chExt cx="${String(w)}" cy="${String(h)}"/>`;
  return `<p:grpSp><p:nvGrpSpPr><p:cNvPr id="${String(firstId)}" name="${escapeXml(name)}" descr="${escapeXml(description)}"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm>${box}${child}</a:xfrm></p:grpSpPr>${body}</p:grpSp>`;
}
