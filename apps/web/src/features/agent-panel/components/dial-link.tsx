import { useTranslation } from 'react-i18next';
import { expandDialUrlTemplate, isWebDialUrl } from '@cxc/shared/domain/dial-url-template';
import { normalizePhone } from '@cxc/shared/domain/phone';

type CountryCode = NonNullable<Parameters<typeof normalizePhone>[1]>;

/**
 * The tenant's click-to-call template (else the deployment's) for one number: `{number}` becomes the
 * E.164 number URL-encoded, `{e164}` the E.164 number as is.
 */
export function dialHref(template: string, phone: string, country?: string): string | undefined {
  // An unknown region is reported by normalizePhone as invalid_country, never thrown.
  const normalized = normalizePhone(phone, country as CountryCode | undefined);
  if (!normalized.ok) return undefined;
  return expandDialUrlTemplate(template, normalized.e164);
}

/** A phone number as a click-to-call link; a number we cannot parse stays plain text. */
export function DialLink({
  phone,
  template,
  country,
}: {
  phone: string;
  template: string;
  country?: string;
}) {
  const { t } = useTranslation('agentPanel');
  const href = dialHref(template, phone, country);
  if (!href) return <span>{phone}</span>;
  // A web dial hook opens in its own tab: the panel (maybe framed) must stay where it is. tel:, sip:
  // and callto: go to the dialer or softphone and leave the page alone.
  const external = isWebDialUrl(href);
  return (
    <a
      href={href}
      aria-label={t('dial.call', { number: phone })}
      {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
    >
      {phone}
    </a>
  );
}
