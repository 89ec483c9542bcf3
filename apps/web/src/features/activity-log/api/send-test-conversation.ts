import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EventType } from '@cxc/shared/domain/events';
import { sendTestConversation } from '@cxc/shared/api/events';
import { apiRequest } from '@/lib/api-client';
import { activityKeys } from './activity-keys';

/** Posts a sample event through the real intake; the log then shows it and follows its status. */
export function useSendTestConversation(tenantId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (type: EventType) =>
      apiRequest(sendTestConversation, { params: { tenantId }, body: { type }, client }),
    onSuccess: () => client.invalidateQueries({ queryKey: activityKeys.all(tenantId) }),
  });
}
