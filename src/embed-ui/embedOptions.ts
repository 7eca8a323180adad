import * as z from 'zod/mini';

import { LANGUAGES, type Language } from '../i18n/languages';

export interface EmbedOptions {
  theme: 'light' | 'dark' | 'auto';
  /** Absent when the address names none: the embed then follows its reader. */
  lang: Language | undefined;
  title: boolean;
  source: boolean;
  controls: boolean;
  transparent: boolean;
}

const flag = z.enum(['0', '1']);
const fields = {
  theme: z.enum(['light', 'dark', 'auto']),
  lang: z.enum(LANGUAGES),
  title: flag,
  source: flag,
  controls: flag,
  bg: z.literal('transparent'),
};

function pick<T>(schema: z.ZodMiniType<T>, value: string | null): T | undefined {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * An embed's options from its query string. Each value is checked on its own: anything
 * unknown or malformed falls back to its default, and nothing from the URL is ever markup.
 */
export function parseEmbedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const get = (key: keyof typeof fields) => params.get(key);
  return {
    theme: pick(fields.theme, get('theme')) ?? 'auto',
    lang: pick(fields.lang, get('lang')),
    title: pick(fields.title, get('title')) !== '0',
    source: pick(fields.source, get('source')) !== '0',
    controls: pick(fields.controls, get('controls')) === '1',
    transparent: pick(fields.bg, get('bg')) === 'transparent',
  };
}
