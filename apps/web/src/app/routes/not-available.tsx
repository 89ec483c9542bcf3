import { useTranslation } from 'react-i18next';
import { Link } from '@/lib/router';
import { EmptyState } from '@/components/ui/empty-state';
import { LockIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { useSessionUser } from '@/features/session/api/get-me';
import { roleHome } from '@/app/role-navigation';

export function NotAvailableRoute() {
  const { t } = useTranslation();
  const user = useSessionUser();
  return (
    <>
      <PageHeader title={t('notAvailable.title')} />
      <EmptyState icon={<LockIcon />}>
        <p>{t('notAvailable.description', { role: t(`roles.${user.role}`) })}</p>
        <Link to={roleHome(user.role)} className="button button--primary">
          {t('notAvailable.home')}
        </Link>
      </EmptyState>
    </>
  );
}
