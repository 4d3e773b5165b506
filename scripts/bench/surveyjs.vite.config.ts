// Builds the SurveyJS benchmark page into .bench/surveyjs: never part of the app.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: resolve(here, 'surveyjs'),
  base: './',
  logLevel: 'error',
  build: { outDir: resolve(here, '../../.bench/surveyjs'), emptyOutDir: true },
});
