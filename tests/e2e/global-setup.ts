import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the production build once for every browser test file. */
export default async function setup(project: TestProject) {
  const server = await startServer('dist');
  project.provide('baseUrl', server.url);
  return () => server.close();
}
