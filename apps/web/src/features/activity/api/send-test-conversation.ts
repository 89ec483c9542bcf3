import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EventType } from '@cxc/shared/domain/events';
import { sendTestConversation } from '@cxc/shared/api/events';
import { apiRequest } from '@/lib/api-client';
import { activityKeys } from './activity-keys';

/** A v4 UUID; `crypto.randomUUID` only exists in secure contexts, so plain http falls back to the bytes. */
export function newRequestId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Posts a sample event through the real intake; the log then shows it and follows its status. The
 * caller keeps one `requestId` per click: the server answers a repeat with the first event.
 */
export function useSendTestConversation(tenantId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { type: EventType; requestId: string }) =>
      apiRequest(sendTestConversation, { params: { tenantId }, body: input, client }),
    onSuccess: () => client.invalidateQueries({ queryKey: activityKeys.all(tenantId) }),
  });
}
