import { z } from 'zod';

/**
 * The language the connector writes into the tenant's Zoho CRM in: default rule names and the fixed
 * words of the default templates ("Transcript:", "Agent:"). The console's own language is each user's
 * choice and separate; this one belongs to the tenant, because every agent's records share it.
 */
export const CONTENT_LANGUAGES = ['en', 'de', 'ja', 'ru'] as const;
export const contentLanguageSchema = z.enum(CONTENT_LANGUAGES);
export type ContentLanguage = z.infer<typeof contentLanguageSchema>;

/** Settings saved before the language existed write in English, as they always did. */
export const DEFAULT_CONTENT_LANGUAGE: ContentLanguage = 'en';
