import { useTranslation } from 'react-i18next';
import { isFormErrorKey } from './form-errors';

/** Field errors hold a message key (client validation) or the server's own text; both end up readable. */
export function useFormMessage() {
  const { t } = useTranslation();
  return (message: string | undefined): string | undefined => {
    if (message === undefined || message === '') return undefined;
    return isFormErrorKey(message) ? t(message) : message;
  };
}
