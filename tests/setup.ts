import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';
import { loadAllCharts } from './helpers/charts';

// CI machines are slow on a cold start (chart code loads lazily, as in the browser).
configure({ asyncUtilTimeout: 8000 });

// The charts' code and their words in other languages load on demand in the app; tests use all.
await loadAllCharts();
