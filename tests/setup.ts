import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';
import { loadChartTexts } from '../src/i18n/chartTexts';

// CI machines are slow on a cold start (chart code loads lazily, as in the browser).
configure({ asyncUtilTimeout: 8000 });

// The charts' words in other languages load with the language in the app; tests use all of them.
await Promise.all((['ru', 'kk', 'zh'] as const).map((lang) => loadChartTexts(lang)));
