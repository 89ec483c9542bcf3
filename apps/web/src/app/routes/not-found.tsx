import { useTranslation } from 'react-i18next';
import { Link } from '@/lib/router';
import { EmptyState } from '@/components/ui/empty-state';
import { CompassIcon } from '@/components/ui/icons';
import { PageHeader } from '@/components/ui/page-header';
import { useSessionUser } from '@/features/session/api/get-me';
import { roleHome } from '@/app/role-navigation';

export function NotFoundRoute() {
  const { t } = useTranslation();
  const user = useSessionUser();
  return (
    <>
      <PageHeader title={t('notFound.title')} />
      <EmptyState icon={<CompassIcon />}>
        <p>{t('notFound.description')}</p>
        <Link to={roleHome(user.role)} className="button button--primary">
          {t('notFound.home')}
        </Link>
      </EmptyState>
    </>
  );
}
