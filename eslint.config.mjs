import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

/*
 * The folders are the architecture (docs/architecture.md), and these rules keep it so:
 * imports run app → components → lib, and inside lib from the feature folders down to
 * csv/, never back up, with no import cycle anywhere.
 */
const libFolders = ['csv', 'dataset', 'upload', 'charts', 'deck', 'pptx', 'http', 'site', 'spreadsheet', 'embed'];
/** What each lib folder may import besides itself, lib/format.ts and packages. */
const libMayImport = {
  csv: [],
  spreadsheet: ['csv'],
  dataset: ['csv'],
  upload: ['csv', 'spreadsheet'],
  charts: ['csv', 'dataset', 'upload', 'spreadsheet'],
  deck: ['csv', 'dataset', 'upload', 'charts'],
  pptx: ['csv', 'dataset', 'upload', 'charts', 'deck'],
  http: ['csv', 'dataset', 'upload', 'charts', 'deck', 'pptx', 'spreadsheet', 'embed'],
  site: ['charts'],
  embed: ['dataset', 'charts', 'site'],
};
const libZones = libFolders.flatMap((folder) =>
  libFolders
    .filter((other) => other !== folder && !libMayImport[folder].includes(other))
    .map((other) => ({
      target: `./lib/${folder}`,
      from: `./lib/${other}`,
      message: `lib/${folder} sits below lib/${other} (see docs/architecture.md): move the shared piece down instead.`,
    })),
);

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      'import/no-cycle': 'error',
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './lib',
              from: ['./components', './app'],
              message: 'lib is pure TypeScript: it imports nothing from components or app.',
            },
            { target: './components', from: './app', message: 'Imports flow app → components → lib.' },
            { target: './lib/format.ts', from: './lib', except: ['./format.ts'], message: 'lib/format.ts is a leaf.' },
            ...libZones,
          ],
        },
      ],
    },
  },
  {
    // lib stays free of React and Next.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: ['react', 'react-dom', 'next', 'next/*', 'recharts'],
          // lib/csv/zod.ts sets zod up for our CSP before any schema is built.
          paths: [{ name: 'zod', message: 'Import { z } from lib/csv/zod.ts, which sets zod up for the CSP.' }],
        },
      ],
    },
  },
  {
    files: ['lib/csv/zod.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  globalIgnores([
    '**/.next/**',
    'out/**',
    'out-subpath/**',
    'build/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
    'perf-results/**',
  ]),
]);
