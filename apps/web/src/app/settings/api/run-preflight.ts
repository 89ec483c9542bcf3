import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { runPreflight } from '@cxc/shared/api/settings';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { apiRequest } from '@/lib/api-client';

export type PreflightResponse = z.output<typeof runPreflight.response>;
export type PreflightProblem = PreflightResponse['problems'][number];

export function postPreflight(client: QueryClient, tenantId: string, settings: IntegrationSettings) {
  return apiRequest(runPreflight, { params: { tenantId }, body: { settings }, client });
}

/** Checks the unsaved form values against the org's live metadata; writes nothing. */
export function useRunPreflight(tenantId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (settings: IntegrationSettings) => postPreflight(client, tenantId, settings),
  });
}
