import { CHART_IDS, type ChartId } from '../charts/registry';
import { DECK_ASPECTS, type DeckAspect } from '../export/deckAspects';
import { FORMAT_IDS, type ExportFormat } from '../export/formats';
import {
  EXPORT_THEMES,
  MAX_SIDE,
  MIN_WIDTH,
  PNG_SCALES,
  SIZE_PRESETS,
  type ExportOptions,
} from '../export/options';
import { parseSelection, type Selection } from '../figure/selection';
import { LANGUAGES, type Language } from '../i18n/languages';

/** What `npm run export` was asked for, every value checked. */
export interface ExportArgs {
  charts: ChartId[];
  langs: Language[];
  formats: ExportFormat[];
  options: ExportOptions;
  selection: Selection;
  out: string;
  /** A deck and handout of the charts instead of one file per chart, in this shape. */
  deck: DeckAspect | null;
  /** The deck's charts as pictures, not native shapes (the opt-in fallback). */
  pictures: boolean;
}

/** A bad argument: its message is one line naming it and what it may be. */
export class ArgumentError extends Error {}

const PRESETS = Object.keys(SIZE_PRESETS) as (keyof typeof SIZE_PRESETS)[];

export const USAGE = `Usage: npm run export -- [options]
  --chart   ${CHART_IDS.join(', ')}, or all (a comma-separated list works too)   default: all
  --lang    ${LANGUAGES.join(', ')}, or all                                       default: en
  --format  ${FORMAT_IDS.join(', ')}, or all                              default: png,svg
  --size    WIDTH (height follows the chart), WIDTHxHEIGHT, or ${PRESETS.join(', ')}   default: 1200
  --scale   ${PNG_SCALES.join(', ')} (PNG density)                                         default: 2
  --theme   ${EXPORT_THEMES.join(', ')}                                default: light
  --view    a view as in a chart's address, e.g. "year=2024&place=almaty"
  --no-title, --no-source   leave out the title or the source line
  --pictures  with --deck: each chart as one picture instead of editable shapes
  --deck    ${DECK_ASPECTS.join(' or ')}: one PowerPoint deck and one PDF handout of the charts,
            in each language, instead of a file per chart (--format and --size do not apply)
  --out     the folder to write into                                     default: exports`;

function list<T extends string>(name: string, value: string, allowed: readonly T[]): T[] {
  const picked = value === 'all' ? [...allowed] : value.split(',').map((v) => v.trim());
  const bad = picked.find((v) => !allowed.includes(v as T));
  if (bad !== undefined || picked.length === 0) {
    throw new ArgumentError(
      `--${name} "${bad ?? value}" is not one of: ${allowed.join(', ')}, all`,
    );
  }
  return [...new Set(picked)] as T[];
}

function side(name: string, text: string | undefined, min: number): number {
  const n = Number(text);
  if (!/^\d+$/.test(text ?? '') || n < min || n > MAX_SIDE) {
    throw new ArgumentError(
      `--size ${name} "${text ?? ''}" must be a whole number of px from ${String(min)} to ${String(MAX_SIDE)}`,
    );
  }
  return n;
}

function size(value: string): Pick<ExportOptions, 'size' | 'width' | 'height'> {
  if ((PRESETS as string[]).includes(value)) {
    const preset = value as (typeof PRESETS)[number];
    return { size: preset, ...SIZE_PRESETS[preset] };
  }
  const [w, h, extra] = value.split('x');
  if (extra !== undefined) {
    throw new ArgumentError(
      `--size "${value}" is not WIDTH, WIDTHxHEIGHT or ${PRESETS.join(', ')}`,
    );
  }
  const width = side('width', w, MIN_WIDTH);
  // A width alone: the "as shown" layout at that width, the height the chart's own.
  if (h === undefined) return { size: 'shown', width, height: 0 };
  return { size: 'custom', width, height: side('height', h, 200) };
}

function oneOf<T extends string | number>(name: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((a) => String(a) === value);
  if (found === undefined) {
    throw new ArgumentError(`--${name} "${value}" is not one of: ${allowed.join(', ')}`);
  }
  return found;
}

const FLAGS = ['chart', 'lang', 'format', 'size', 'scale', 'theme', 'view', 'deck', 'out'] as const;
type Flag = (typeof FLAGS)[number];

/** `--name value` and `--name=value` pairs, and the switches. */
function readFlags(argv: readonly string[]) {
  const values = new Map<Flag, string>();
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [key = '', inline] = arg.replace(/^--/, '').split(/=(.*)/s);
    if (!arg.startsWith('--')) throw new ArgumentError(`"${arg}" is not an option; see --help`);
    if (key === 'no-title' || key === 'no-source' || key === 'pictures') {
      switches.add(key);
      continue;
    }
    if (!(FLAGS as readonly string[]).includes(key)) {
      throw new ArgumentError(
        `--${key} is not an option: ${FLAGS.map((f) => `--${f}`).join(', ')}, --no-title, --no-source, --pictures`,
      );
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith('--')) {
      throw new ArgumentError(`--${key} needs a value`);
    }
    values.set(key as Flag, value);
  }
  return { values, switches };
}

/** Reads the command line, refusing the first bad argument with a line that names it. */
export function parseExportArgs(argv: readonly string[]): ExportArgs {
  const { values, switches } = readFlags(argv);
  const get = (flag: Flag, fallback: string) => values.get(flag) ?? fallback;
  const view = get('view', '');
  const selection = parseSelection(view);
  if (view !== '' && Object.keys(selection).length === 0) {
    throw new ArgumentError(`--view "${view}" names none of year, sector, place, hide`);
  }
  return {
    charts: list('chart', get('chart', 'all'), CHART_IDS),
    langs: list('lang', get('lang', 'en'), LANGUAGES),
    formats: list('format', get('format', 'png,svg'), FORMAT_IDS),
    options: {
      ...size(get('size', '1200')),
      scale: oneOf('scale', get('scale', '2'), PNG_SCALES),
      theme: oneOf('theme', get('theme', 'light'), EXPORT_THEMES),
      title: !switches.has('no-title'),
      source: !switches.has('no-source'),
    },
    selection,
    out: get('out', 'exports'),
    deck: values.has('deck') ? oneOf('deck', get('deck', ''), DECK_ASPECTS) : null,
    pictures: switches.has('pictures'),
  };
}
