import { skipToken, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { meResponseSchema } from '@cxc/shared/api/session';
import { formatDate, formatDateTime, formatNumber, formatZoneName, type FormatOptions } from './format';
import { meQueryKey } from './session-cache';

/**
 * The formatters bound to the console's language and the tenant's time zone (from `GET /api/me`, which
 * the session gate has already fetched: this only reads the cache, it never fetches).
 */
export function useFormatters() {
  const { i18n } = useTranslation();
  const me = useQuery({ queryKey: meQueryKey, queryFn: skipToken, select: readTimeZone });
  const options: FormatOptions = { language: i18n.language, timeZone: me.data ?? null };
  return {
    timeZone: options.timeZone ?? null,
    dateTime: (value: string | Date) => formatDateTime(value, options),
    date: (value: string | Date) => formatDate(value, options),
    zoneName: (value: string | Date) => formatZoneName(value, options),
    /** "Eastern Time", "Nordamerikanische Ostküstenzeit": the zone in words, for a time input's hint. */
    zoneLongName: (value: string | Date) => formatZoneName(value, options, 'longGeneric'),
    number: (value: number) => formatNumber(value, options.language),
  };
}

function readTimeZone(data: unknown): string | null {
  const parsed = meResponseSchema.safeParse(data);
  return parsed.success ? parsed.data.timeZone : null;
}
