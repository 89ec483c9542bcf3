import { useTranslation } from 'react-i18next';
import { SecretOnce } from '@/components/ui/secret-once';

/** The event signing secret, shown once after it is created or rotated. */
export function NewSecret({ secret, onDismiss }: { secret: string; onDismiss: () => void }) {
  const { t } = useTranslation('activity');
  return (
    <SecretOnce
      id="activity-secret"
      secret={secret}
      onDismiss={onDismiss}
      texts={{ title: t('secret.newSecret'), warning: t('secret.onceWarning'), dismiss: t('secret.dismiss') }}
    />
  );
}
