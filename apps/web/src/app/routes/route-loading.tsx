import { useTranslation } from 'react-i18next';
import { LoadingState } from '@/components/ui/loading-state';

/** While a screen's chunk loads: a polite status inside the shell's `<main>`, so focus and landmarks stay. */
export function RouteLoading() {
  const { t } = useTranslation();
  return <LoadingState label={t('common.loadingPage')} />;
}
