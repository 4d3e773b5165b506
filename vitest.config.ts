import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { questionnairesPlugin } from './scripts/questionnaires-plugin';

// Unit and component tests: domain, storage (fake-indexeddb) and screens (jsdom).
export default defineConfig({
  plugins: [preact(), questionnairesPlugin()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
  },
});
