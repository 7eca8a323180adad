import type * as z from 'zod/mini';
import type { Path } from './citations';

export type DatasetErrorKind = 'missing' | 'http' | 'network' | 'json' | 'schema' | 'reference';

/** A dataset that could not be used; `message` names the file and, for bad data, the field. */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';
  constructor(
    readonly file: string,
    readonly kind: DatasetErrorKind,
    readonly detail: string,
    readonly issues: readonly string[] = [],
  ) {
    super(`${file}: ${detail}`);
  }
}

/** `series[0].points[3].value`: the path as a reader would type it. */
export function formatPath(path: Path): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out === '' ? '(root)' : out;
}

/** A short, safe rendering of the offending value: `string "44bn"`, `number -3`, `null`. */
export function describeValue(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (Array.isArray(input)) return `an array of ${input.length}`;
  switch (typeof input) {
    case 'string': {
      const shown = input.length > 40 ? `${input.slice(0, 40)}…` : input;
      return `string ${JSON.stringify(shown)}`;
    }
    case 'number':
      return `number ${String(input)}`;
    case 'boolean':
      return `boolean ${String(input)}`;
    case 'object':
      return 'an object';
    default:
      return typeof input;
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

const TYPE_NAMES: Record<string, string> = {
  number: 'number',
  int: 'whole number',
  string: 'string',
  boolean: 'true or false',
  array: 'array',
  object: 'object',
};

/** One issue, in the form `path: expected …, received …`. */
export function formatIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const at = formatPath(path);
  const received = describeValue(valueAt(root, issue.path));
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined && valueAt(root, issue.path) === undefined) {
        return `${at}: missing (expected ${TYPE_NAMES[issue.expected] ?? issue.expected})`;
      }
      return `${at}: expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, received ${received}`;
    }
    case 'unrecognized_keys':
      return `${at}: unexpected ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys
        .map((k) => JSON.stringify(k))
        .join(', ')}`;
    case 'invalid_value':
      return `${at}: expected one of ${issue.values
        .map((v) => JSON.stringify(v))
        .join(', ')}, received ${received}`;
    case 'too_small':
    case 'too_big':
    case 'invalid_format':
    case 'custom':
    case 'not_multiple_of':
      return `${at}: ${issue.message}, received ${received}`;
    case 'invalid_union': {
      // Report the branch that came closest (fewest problems), at its own path.
      const best = [...issue.errors].sort((a, b) => a.length - b.length)[0]?.[0];
      if (best) return formatIssue({ ...best, path: [...issue.path, ...best.path] }, root);
      return `${at}: expected one of the allowed shapes, received ${received}`;
    }
    default:
      return `${at}: ${issue.message}`;
  }
}
