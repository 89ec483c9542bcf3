import { z } from 'zod';

const envSchema = z.object({
  DEV: z.boolean(),
  /** Language used when neither a stored choice nor the browser's languages match a supported one. */
  VITE_DEFAULT_LANGUAGE: z.enum(['en', 'de', 'ja', 'ru']).default('en'),
});

export type Env = z.infer<typeof envSchema>;

function parseEnv(source: unknown): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    // Fail at boot with the offending variables named, not later with a confusing runtime error.
    throw new Error(`Invalid console configuration:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

export const env = parseEnv(import.meta.env);
