import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { datasetsPlugin } from './src/build/datasetsPlugin';
import { devFontsPlugin } from './src/build/devFontsPlugin';
import { bootServerPlugin, securityPolicyPlugin } from './src/build/headPlugins';
import { bundledDataPlugin, regionPlugin } from './src/build/regionPlugin';
import { builtPagesPreview, prerenderPlugin } from './src/build/prerenderPlugin';
import { shellChunk } from './src/build/shellChunkPlugin';
import { singleFilePlugin } from './src/build/singleFilePlugin';

export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  const shell = shellChunk(/[\\/]src[\\/]app[\\/]start\.tsx$/);
  return {
    // A sub-path host sets BASE_PATH (e.g. /kzcn/); the single file uses relative addresses.
    base: single ? './' : (process.env.BASE_PATH ?? '/'),
    publicDir: single ? false : 'public',
    resolve: {
      // d3-scale's only need of d3-interpolate here is number to number; see the module.
      alias: [
        {
          find: /^d3-interpolate$/,
          replacement: resolve(import.meta.dirname, 'src/figure/numberInterpolate.ts'),
        },
        {
          find: /^(html2canvas|dompurify|canvg)$/,
          replacement: resolve(import.meta.dirname, 'src/export/absentModule.ts'),
        },
      ],
    },
    plugins: [
      react(),
      datasetsPlugin(!single),
      regionPlugin(!single),
      bundledDataPlugin(),
      securityPolicyPlugin(),
      bootServerPlugin(),
      shell.plugin,
      devFontsPlugin(),
      singleFilePlugin(),
      prerenderPlugin(),
      builtPagesPreview(),
    ],
    build: {
      target: 'es2022',
      sourcemap: process.env.SOURCEMAP === '1',
      // Fonts stay files, however small: the policy allows fonts from this site, not data URLs.
      assetsInlineLimit: (file: string) => (/\.woff2?$/.test(file) ? false : undefined),
      ...(single
        ? {
            outDir: 'dist-single',
            assetsInlineLimit: () => true,
            cssCodeSplit: false,
            modulePreload: false,
            rolldownOptions: { output: { codeSplitting: false } },
          }
        : {
            rolldownOptions: {
              output: {
                codeSplitting: {
                  groups: [
                    { name: 'app', test: shell.test, includeDependenciesRecursively: false },
                  ],
                },
              },
            },
          }),
    },
    // The PDF writer's SVG walker is an ES module the module runner must transform, not import.
    ssr: { noExternal: ['svg2pdf.js'] },
    preview: {
      port: 4173,
      strictPort: false,
    },
    server: { port: 5173 },
  };
});
