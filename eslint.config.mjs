import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    // Imports flow one way: app → components → lib. lib stays free of React.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-dom',
            'next',
            'next/*',
            'recharts',
            '@/components/*',
            '@/app/*',
            '../components/*',
            '../app/*',
          ],
          // lib/zod.ts sets zod up for our CSP before any schema is built.
          paths: [{ name: 'zod', message: "Import { z } from './zod' (lib/zod.ts), which sets zod up for the CSP." }],
        },
      ],
    },
  },
  {
    files: ['lib/zod.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@/app/*', '../app/*'] }],
    },
  },
  globalIgnores(['.next/**', 'out/**', 'build/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**']),
]);
