import { parseOptions, type ExportOptions } from '../export/options';
import { readStoredChoice, storeChoice } from '../state/storedChoice';

const STORAGE_KEY = 'kzcn-export-options';

function parseStored(value: string | null): ExportOptions | null {
  try {
    return parseOptions(JSON.parse(value ?? '{}'));
  } catch {
    return null;
  }
}

/** Options the reader chose last time; anything malformed falls back to the defaults. */
export function loadOptions(): ExportOptions {
  return readStoredChoice(STORAGE_KEY, parseStored) ?? parseOptions({});
}

export function saveOptions(options: ExportOptions): void {
  storeChoice(STORAGE_KEY, JSON.stringify(options));
}
