declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of the embedded PostgreSQL that globalSetup starts when TEST_DATABASE_URL is unset. */
    embeddedDatabaseUrl: string | undefined;
  }
}

export {};
