import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../src/charts/registry';
import { LANGUAGES } from '../../src/i18n/languages';
import { composedOf } from '../helpers/charts';

/** Names as the data spell them; generated text must never lower-case them. */
const NAMES = ['China', 'CNNC', 'Rosatom', 'Kazakhstan', 'Xi Jinping', 'Tokayev', 'Astana', 'EDF'];
const CYRILLIC = ['Китай', 'Казахстан', 'Росатом', 'Токаев', 'Астана', 'Қытай', 'Қазақстан'];

describe('generated text keeps the case of names', () => {
  for (const id of CHART_IDS) {
    for (const lang of LANGUAGES) {
      it(`${id}, ${lang}: summary, title and subtitle`, () => {
        const { model } = composedOf(id, { lang, size: { width: 960 } });
        const text = [model.summary, model.text.title, model.text.subtitle].join(' ');
        for (const name of [...NAMES, ...CYRILLIC]) {
          const lower = name.toLowerCase();
          expect(new RegExp(`(^|[^\\p{L}])${lower}(?!\\p{L})`, 'u').test(text), name).toBe(false);
        }
      });
    }
  }

  it('the English nuclear summary names China and CNNC as the data do', () => {
    const { model } = composedOf('nuclear', { lang: 'en', size: { width: 960 } });
    expect(model.summary).toMatch(/China/);
    expect(model.summary).toMatch(/CNNC/);
  });
});
