import { useState } from 'react';
import { useSearchParams } from '@/lib/router';
import { useConnection } from '../api/get-connection';
import { CONNECT_SEARCH_KEYS, parseConnectSearch } from '../schemas/connect-outcome';
import { ConnectOutcomeNotice } from './connect-outcome-notice';
import { ConnectedCard } from './connected-card';
import type { DisconnectResult } from './disconnect-button';
import { DisconnectedNotice } from './disconnected-notice';
import { NotConnected } from './not-connected';
import { OrgChooser } from './org-chooser';
import { useZohoConnect } from './use-zoho-connect';

/**
 * The tenant's Zoho connection in whatever state it is: not connected, waiting for an org choice,
 * connected, or refused by Zoho. The outcome of the last connect attempt (popup message or the
 * redirect's URL) is shown above it.
 */
export function ConnectionPanel({ tenantId }: { tenantId: string }) {
  const { data: connection } = useConnection(tenantId);
  const flow = useZohoConnect(tenantId);
  const [search, setSearch] = useSearchParams();
  const [disconnected, setDisconnected] = useState<DisconnectResult | null>(null);
  const latest = flow.outcome ?? parseConnectSearch(search);
  // "Choose the organization below" is done once one is chosen: the card then says what is connected.
  const outcome = latest?.kind === 'choose_org' && connection.status !== 'choose_org' ? null : latest;

  const clearUrlOutcome = () => {
    if (!CONNECT_SEARCH_KEYS.some((key) => search.has(key))) return;
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        for (const key of CONNECT_SEARCH_KEYS) next.delete(key);
        return next;
      },
      { replace: true },
    );
  };

  const flowWithReset = {
    ...flow,
    connect: () => {
      setDisconnected(null);
      clearUrlOutcome();
      flow.connect();
    },
  };

  return (
    <div className="stack">
      {outcome ? (
        <ConnectOutcomeNotice
          outcome={outcome}
          connection={connection}
          takeFocus={flow.outcome !== null}
          onDismiss={() => {
            flow.dismiss();
            clearUrlOutcome();
          }}
        />
      ) : null}
      {disconnected ? (
        <DisconnectedNotice result={disconnected} onDismiss={() => setDisconnected(null)} />
      ) : null}
      {connection.status === 'choose_org' ? (
        <OrgChooser tenantId={tenantId} />
      ) : connection.status === 'not_connected' ? (
        <NotConnected connection={connection} flow={flowWithReset} />
      ) : (
        <ConnectedCard
          tenantId={tenantId}
          connection={connection}
          flow={flowWithReset}
          onDisconnected={setDisconnected}
        />
      )}
    </div>
  );
}
