import type * as z from 'zod/mini';
import { checkCitations } from '../schema/citations';
import { DatasetError, formatIssue, formatPath } from '../schema/errors';

export function datasetUrl(file: string): string {
  return `${import.meta.env.BASE_URL}data/${file}`;
}

/**
 * Fetches a file at `path` (from the site's base) as text, turning every failure into a
 * DatasetError that names `file`.
 */
export async function fetchText(
  file: string,
  signal?: AbortSignal,
  path = `data/${file}`,
): Promise<string> {
  if (import.meta.env.MODE === 'single') return bundledText(file);
  const url = `${import.meta.env.BASE_URL}${path}`;
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetError(
      file,
      'network',
      `could not be loaded (network error: ${reason(error)})`,
    );
  }
  if (response.status === 404) {
    throw new DatasetError(file, 'missing', 'file not found (HTTP 404)');
  }
  if (!response.ok) {
    throw new DatasetError(file, 'http', `could not be loaded (HTTP ${response.status})`);
  }
  // A host without a real 404 for data/ may answer with the app's own page instead.
  if ((response.headers.get('Content-Type') ?? '').includes('text/html')) {
    throw new DatasetError(file, 'missing', 'file not found (the server answered with a web page)');
  }
  try {
    return await response.text();
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetError(file, 'network', `could not be read (network error: ${reason(error)})`);
  }
}

/** A file's text as JSON, or a DatasetError that names `file`. */
export function parseJson(file: string, body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    throw new DatasetError(file, 'json', `not valid JSON (${reason(error)})`);
  }
}

/** The single-file build carries its data inside; the same errors apply to it. */
async function bundledText(file: string): Promise<string> {
  const { bundled, geometry } = await import('virtual:kzcn-bundled-data');
  const text = file === 'geo/region.json' ? geometry : bundled[file];
  if (text === undefined) {
    throw new DatasetError(file, 'missing', 'file not found (not part of this build)');
  }
  return text;
}

/**
 * Validates parsed JSON against its schema and, when the known source ids are given, checks every
 * citation. The error names the file and the path of the first bad field, and counts the rest.
 */
export function parseDataset<S extends z.ZodMiniType>(
  file: string,
  schema: S,
  json: unknown,
  sourceIds?: ReadonlySet<string>,
): z.infer<S> {
  const result = schema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => formatIssue(issue, json));
    throw new DatasetError(file, 'schema', summarise(issues), issues);
  }
  if (sourceIds) {
    const issues = checkCitations(result.data, sourceIds).map(
      (i) => `${formatPath(i.path)}: ${i.message}`,
    );
    if (issues.length > 0) throw new DatasetError(file, 'reference', summarise(issues), issues);
  }
  return result.data;
}

function summarise(issues: readonly string[]): string {
  const [first = 'invalid data'] = issues;
  const more = issues.length - 1;
  return more > 0 ? `${first} (and ${more} more ${more === 1 ? 'problem' : 'problems'})` : first;
}

function reason(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
