/**
 * What an id in the data looks like (`oil-gas`, `2024`): lower-case words joined by hyphens.
 * Plain, without the schemas, so a page that only reads its address loads none of them.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}
