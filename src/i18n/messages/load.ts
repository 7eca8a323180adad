import { lazyByLanguage } from '../lazyByLanguage';
import { en, type Messages } from './en';

/**
 * The interface's words. English ships with the page; each other language's load when a reader
 * picks it, so no reader downloads the three packs they do not read.
 */
export const messages = lazyByLanguage<Messages>(
  {
    en: () => Promise.resolve(en),
    ru: () => import('./ru').then((m) => m.ru),
    kk: () => import('./kk').then((m) => m.kk),
    zh: () => import('./zh').then((m) => m.zh),
  },
  { en },
);
