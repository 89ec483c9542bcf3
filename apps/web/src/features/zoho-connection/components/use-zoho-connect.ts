import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { connectOutcomeMessageSchema, type Connection } from '@cxc/shared/api/zoho-connection';
import { afterConnectionChange } from '../api/connection-cache';
import { getConnectionQueryOptions } from '../api/get-connection';
import { useStartAuthorization } from '../api/start-authorization';
import { outcomeFromMessage, zohoCodeOfApiError, type ConnectOutcome } from '../schemas/connect-outcome';

const POPUP_NAME = 'cxc-zoho-connect';
const POPUP_FEATURES = 'popup,width=600,height=720';
/** Closing the popup has no event in the opener; it is noticed by polling and when this window regains focus. */
const CLOSED_POLL_MS = 500;

function changed(before: Connection | undefined, after: Connection): boolean {
  return before?.status !== after.status || before.connectedAt !== after.connectedAt;
}

/**
 * "Connect with Zoho": Zoho's consent page in a popup, falling back to a full-page redirect when the
 * popup is blocked. The popup is opened synchronously in the click (before any await), which is what
 * keeps popup blockers quiet; its address is set once our API has answered with Zoho's URL.
 */
export function useZohoConnect(tenantId: string) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const start = useStartAuthorization(tenantId);
  const [outcome, setOutcome] = useState<ConnectOutcome | null>(null);
  const [waiting, setWaiting] = useState(false);
  const popupRef = useRef<Window | null>(null);
  const before = useRef<Connection | undefined>(undefined);
  /** Increases with every outcome, so a late "popup closed" check never overrides a real one. */
  const attempt = useRef(0);

  const finish = useCallback(
    (next: ConnectOutcome) => {
      attempt.current += 1;
      popupRef.current = null;
      setWaiting(false);
      setOutcome(next);
      void afterConnectionChange(client, tenantId);
    },
    [client, tenantId],
  );

  // The callback page posts its outcome to its opener. Only our own origin is believed, and only a
  // message that parses: any other window can post to us too.
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== window.location.origin) return;
      const parsed = connectOutcomeMessageSchema.safeParse(event.data);
      if (!parsed.success) return;
      popupRef.current?.close();
      finish(outcomeFromMessage(parsed.data));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [finish]);

  useEffect(() => {
    if (!waiting) return undefined;
    const check = () => {
      const popup = popupRef.current;
      if (!popup?.closed) return;
      popupRef.current = null;
      const current = attempt.current;
      // A message posted just before the popup closed may still be queued, and the opener link can be
      // cut (COOP) so none ever comes: the connection itself says whether the attempt succeeded.
      void client.fetchQuery({ ...getConnectionQueryOptions(tenantId), staleTime: 0 }).then(
        (connection) => {
          if (attempt.current !== current) return;
          const success = changed(before.current, connection) && connection.status !== 'not_connected';
          finish(
            success && connection.status === 'choose_org'
              ? { kind: 'choose_org' }
              : success
                ? { kind: 'connected' }
                : { kind: 'closed' },
          );
        },
        () => {
          if (attempt.current === current) finish({ kind: 'closed' });
        },
      );
    };
    const timer = setInterval(check, CLOSED_POLL_MS);
    window.addEventListener('focus', check);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', check);
    };
  }, [waiting, client, tenantId, finish]);

  const connect = () => {
    if (popupRef.current && !popupRef.current.closed) {
      popupRef.current.focus();
      return;
    }
    if (start.isPending) return;
    setOutcome(null);
    before.current = client.getQueryData(getConnectionQueryOptions(tenantId).queryKey);
    const popup = window.open('about:blank', POPUP_NAME, POPUP_FEATURES);
    if (popup) {
      popupRef.current = popup;
      setWaiting(true);
      try {
        popup.document.title = t('connection.popupTitle');
        popup.document.body.textContent = t('connection.popupLoading');
      } catch {
        // Cosmetic only: the blank window may already belong to another origin.
      }
    }
    start.mutate(popup ? 'popup' : 'redirect', {
      onSuccess: ({ authorizeUrl }) => {
        if (!popup) {
          window.location.assign(authorizeUrl);
          return;
        }
        if (!popup.closed) popup.location.href = authorizeUrl;
      },
      onError: (error) => {
        popup?.close();
        const code = zohoCodeOfApiError(error);
        finish(code ? { kind: 'error', code, params: {} } : { kind: 'start_failed', error });
      },
    });
  };

  return {
    connect,
    /** The consent page is open in the popup (or about to be): the console waits for its outcome. */
    waiting,
    /** Our API is preparing the consent URL. */
    starting: start.isPending,
    outcome,
    showPopup: () => popupRef.current?.focus(),
    dismiss: () => setOutcome(null),
  };
}
