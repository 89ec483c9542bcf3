import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { dryRun } from '@cxc/shared/api/settings';
import type { ConversationEventInput } from '@cxc/shared/domain/events';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { apiRequest } from '@/lib/api-client';

export type DryRunPlan = z.output<typeof dryRun.response>['plan'];

export interface DryRunInput {
  settings: IntegrationSettings;
  event: ConversationEventInput;
}

export function postDryRun(client: QueryClient, tenantId: string, body: DryRunInput) {
  return apiRequest(dryRun, { params: { tenantId }, body, client });
}

/** Searches Zoho for real and returns the plan; nothing is written. */
export function useDryRun(tenantId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: DryRunInput) => postDryRun(client, tenantId, body),
  });
}
