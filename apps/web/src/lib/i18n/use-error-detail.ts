import { useTranslation } from 'react-i18next';
import type { ExplainedText } from '@cxc/shared/api/errors';

/** What the server stored about a failure: its English sentence and, for newer rows, the key to translate. */
interface Explained {
  message?: string | undefined;
  detail?: ExplainedText | undefined;
}

/**
 * Our explanation of an automation failure in the user's language (`events:detail.*`), with the Zoho
 * module named as the console names it. A key this console does not know, or a row from before keys,
 * reads as the server's English: better a true sentence in English than none.
 */
export function useErrorDetail(): (error: Explained) => string {
  const { t, i18n } = useTranslation('events');
  // The key comes from the server at run time, so it is checked with `exists` instead of by the compiler.
  const say = t as unknown as (key: string, values?: Record<string, string>) => string;
  return (error) => {
    const detail = error.detail;
    const key = `detail.${detail?.key ?? ''}`;
    if (!detail || !i18n.exists(key, { ns: 'events' })) return error.message ?? '';
    const params: Record<string, string> = { ...detail.params };
    const module = params.module;
    if (module && i18n.exists(`modules.${module}`, { ns: 'events' }))
      params.module = say(`modules.${module}`);
    return say(key, params);
  };
}
