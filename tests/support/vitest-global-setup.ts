import type { TestProject } from 'vitest/node';
import { startPostgres } from './postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL database the tests may create tables in. */
    databaseUrl: string;
  }
}

/** Starts what the unit tests share (a PostgreSQL server) once, before any test file runs. */
export default async function setup(project: TestProject) {
  const postgres = await startPostgres();
  project.provide('databaseUrl', postgres.url);
  return () => {
    postgres.stop();
  };
}
