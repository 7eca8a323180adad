/** A choice the reader made (theme, language), kept between visits where storage allows. */
export function readStoredChoice<T>(
  key: string,
  parse: (value: string | null) => T | null,
): T | null {
  try {
    return parse(window.localStorage.getItem(key));
  } catch {
    return null;
  }
}

export function storeChoice(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Storage may be blocked; the choice then lasts for this page only.
  }
}
