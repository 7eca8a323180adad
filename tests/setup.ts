import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';

// CI machines are slow on a cold start (chart code loads lazily, as in the browser).
configure({ asyncUtilTimeout: 8000 });
