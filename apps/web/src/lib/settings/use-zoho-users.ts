import type { ZohoUser } from '@cxc/shared/domain/zoho-users';
import { useEditor } from './editor-context';

/**
 * The org's Zoho users, or why there are none: the BFF reports a failed users read as the failure of
 * the pseudo-module "Users". Undefined users mean "not known", never "the org has no users".
 */
export function useZohoUsers(): { users: readonly ZohoUser[] | undefined; failure: string | undefined } {
  const { metadata } = useEditor();
  const failure = metadata.data?.failures.find((item) => item.module === 'Users');
  return { users: failure ? undefined : metadata.data?.users, failure: failure?.message };
}
