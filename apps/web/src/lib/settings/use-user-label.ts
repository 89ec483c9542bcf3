import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isActiveUser } from '@cxc/shared/domain/zoho-users';
import { useZohoUsers } from './use-zoho-users';

/** "Full Name (email)" of a Zoho user id, marked when inactive; the bare id when the org has no such user. */
export function useUserLabel() {
  const { t } = useTranslation('settings');
  const { users } = useZohoUsers();
  return useCallback(
    (id: string | null | undefined): string => {
      if (!id) return t('common.none');
      const user = users?.find((candidate) => candidate.id === id);
      if (!user) return id;
      const name = t('users.label', { name: user.full_name ?? user.email, email: user.email });
      return isActiveUser(user) ? name : t('users.inactive', { name });
    },
    [t, users],
  );
}
