import { z } from 'zod';
import { chooseOrg } from '@cxc/shared/api/zoho-connection';
import { endpointBody } from '@/lib/endpoint-body';

/** The org choice as the API takes it; nothing chosen yet is the empty string. */
export const orgChoiceFormSchema = z.object({
  orgId: z.string().min(1, 'forms.errors.chooseOne').pipe(endpointBody(chooseOrg).shape.orgId),
});
export type OrgChoiceFormValues = z.input<typeof orgChoiceFormSchema>;
