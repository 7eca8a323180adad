/**
 * The words inside the datasets (sector names, place names, event titles…) by a stable key, so
 * each language can give its own. Keys follow the record ids: `milestones.events.<id>.title`.
 * English is the data itself; every other language must cover every key (a test checks).
 */
const TEXT_FIELDS = new Set([
  'label',
  'description',
  'title',
  'name',
  'role',
  'status',
  'country',
  'note',
  'occasion',
  'city',
  'destination',
  'owner',
  'design',
  'unit',
]);

/** Values that are codes or enums, not words: left as they are. */
function isCode(key: string, value: string): boolean {
  if (key === 'country' && /^[A-Z]{2}$/.test(value)) return true;
  if (key === 'unit' && /^[a-z-]+$/.test(value)) return true;
  return false;
}

/**
 * Copies `value`, passing each translatable text (with its key) through `text`. Quotes, ids,
 * dates and codes are never touched: the article's words stay as it wrote them.
 */
function map(value: unknown, path: string, text: (key: string, value: string) => string): unknown {
  if (Array.isArray(value)) {
    return value.map((item, i) => {
      const id = (item as { id?: unknown } | null)?.id;
      return map(item, `${path}.${typeof id === 'string' ? id : String(i)}`, text);
    });
  }
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (typeof child === 'string') {
      out[key] =
        TEXT_FIELDS.has(key) && !isCode(key, child) ? text(`${path}.${key}`, child) : child;
    } else {
      out[key] = key === 'quote' ? child : map(child, `${path}.${key}`, text);
    }
  }
  return out;
}

/** Every translatable text of the named datasets, by key. */
export function dataTexts(datasets: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(datasets)) {
    map(data, name, (key, value) => (out[key] = value));
  }
  return out;
}

/** The dataset with its texts in another language, where `texts` has them. */
export function localizeData<T>(name: string, data: T, texts: Readonly<Record<string, string>>): T {
  if (Object.keys(texts).length === 0) return data;
  return map(data, name, (key, value) => texts[key] ?? value) as T;
}
