let rules: Intl.PluralRules | undefined;

/**
 * The Russian noun form that agrees with `n`: `1 место`, `2 места`, `5 мест` (21 место, 22 места).
 * A fraction takes the genitive singular, as the `few` form does (`1,5 места`).
 */
export function ruPlural(n: number, one: string, few: string, many: string): string {
  rules ??= new Intl.PluralRules('ru-RU');
  switch (rules.select(n)) {
    case 'one':
      return one;
    case 'few':
      return few;
    case 'many':
      return many;
    default:
      return few;
  }
}
