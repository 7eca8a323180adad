/**
 * The type every language's version of an English text pack must have: the same keys, strings
 * for strings, functions with the same parameters for templates. A missing key, or a template
 * with other parameters, is a type error.
 */
export type TextPack<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : T[K] extends string
      ? string
      : TextPack<T[K]>;
};
