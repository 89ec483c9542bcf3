/** The embedded cluster's options and handle; apart from its starters, which both name them. */
export interface EmbeddedPostgresOptions {
  databaseDir: string;
  port: number;
  password: string;
  database: string;
  /** false: the data directory is deleted on stop (tests). */
  persistent: boolean;
  onLog?: (line: string) => void;
  /** One line worth telling whoever started it (where the data went, and why). */
  onNotice?: (line: string) => void;
}

export interface EmbeddedDatabase {
  url: string;
  /** The admin URL (database `postgres`), for creating throw-away databases. */
  adminUrl: string;
  /** The data folder in use: `databaseDir`, or the relocated one (relocated-postgres.ts says when). */
  location: string;
  stop(): Promise<void>;
}
