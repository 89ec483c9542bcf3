import { z } from 'zod';
import { saveSystemClientBodySchema } from '@cxc/shared/api/system';
import { formIssueKey } from '@/components/form/form-errors';
import type { SaveSystemClientBody } from '../api/save-system-client';

export interface SystemClientFormValues {
  clientId: string;
  /** Write-only: never pre-filled; empty keeps the stored secret and is left out of the request. */
  clientSecret: string;
  enabled: boolean;
}

const { clientId, clientSecret } = saveSystemClientBodySchema.shape;

export function buildSystemClientFormSchema({ secretStored }: { secretStored: boolean }) {
  return z
    .object({ clientId, clientSecret: z.string(), enabled: z.boolean() })
    .superRefine((values, ctx) => {
      const secret = values.clientSecret.trim();
      const problem = (message: string) =>
        ctx.addIssue({ code: 'custom', path: ['clientSecret'], message, input: values.clientSecret });
      if (secret === '') {
        if (!secretStored) problem('forms.errors.secretRequired');
        return;
      }
      const typed = clientSecret.unwrap().safeParse(secret, { error: formIssueKey });
      if (!typed.success) problem(typed.error.issues[0]?.message ?? 'forms.errors.invalid');
    })
    .transform((values): SaveSystemClientBody => {
      const secret = values.clientSecret.trim();
      return saveSystemClientBodySchema.parse({
        clientId: values.clientId,
        enabled: values.enabled,
        ...(secret === '' ? {} : { clientSecret: secret }),
      });
    });
}

export const SYSTEM_CLIENT_FIELDS = ['clientId', 'clientSecret', 'enabled'] as const;
