import { useQuery, useSuspenseQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { paths } from '@/config/paths';
import { getActivityQueryOptions } from '@/features/activity/api/list-activity';
import { getSigningSecretQueryOptions } from '@/features/activity/api/get-signing-secret';
import { GuidedStart } from '@/features/guided-start/components/guided-start';
import type { GuidedStep } from '@/features/guided-start/schemas/guided-steps';
import { getConnectionQueryOptions } from '@/features/zoho-connection/api/get-connection';
import { getSettingsQueryOptions } from '../settings/api/get-settings';
import { postPreflight } from '../settings/api/run-preflight';

const settingsTab = (tab: string) => `${paths.zohoCrmSettings.getHref()}?tab=${tab}`;
/** Enough to find the last test conversation of a tenant that has just started. */
const RECENT = { page: 1, perPage: 100 } as const;

/**
 * The guided start's state, read from what each step changes: the connection, the saved settings,
 * their preflight against the org, the signing secret and the activity log. Composed here, on the page,
 * because it reads five features' data; the checklist itself only shows it.
 */
export function GuidedStartSection({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation('guidedStart');
  const [connection, settings, secret, activity] = useSuspenseQueries({
    queries: [
      getConnectionQueryOptions(tenantId),
      getSettingsQueryOptions(tenantId),
      getSigningSecretQueryOptions(tenantId),
      getActivityQueryOptions(tenantId, RECENT),
    ],
  });
  const connected = connection.data.status === 'connected';
  const saved = settings.data.settings;
  const channelsOn = Object.values(saved.channels).some((channel) => channel.enabled);
  // Asks Zoho for the org's fields, so only once there is an org and something to check.
  const preflight = useQuery({
    queryKey: ['guided-start', 'preflight', tenantId, saved],
    queryFn: ({ client }) => postPreflight(client, tenantId, saved),
    enabled: connected && channelsOn,
    staleTime: 60_000,
  });
  const preflightState =
    !connected || !channelsOn
      ? 'todo'
      : preflight.isPending
        ? 'checking'
        : preflight.data?.ready
          ? 'done'
          : 'todo';
  const tested = activity.data.events.some((event) => event.test && event.status === 'done');
  const steps: GuidedStep[] = [
    {
      key: 'connect',
      state: connected ? 'done' : 'todo',
      href: `${paths.zohoCrm.getHref()}#connection-heading`,
    },
    {
      key: 'defaultCountry',
      state: connection.data.defaultCountry ? 'done' : 'todo',
      href: settingsTab('identification'),
    },
    { key: 'channels', state: channelsOn ? 'done' : 'todo', href: settingsTab('web_chat') },
    { key: 'preflight', state: preflightState, href: paths.zohoCrmSettings.getHref() },
    {
      key: 'signingSecret',
      state: secret.data.configured ? 'done' : 'todo',
      href: paths.zohoCrmActivity.getHref(),
    },
    { key: 'testConversation', state: tested ? 'done' : 'todo', href: paths.zohoCrmActivity.getHref() },
  ];
  return (
    <>
      <p className="section__description">{t('intro')}</p>
      <GuidedStart steps={steps} />
    </>
  );
}
