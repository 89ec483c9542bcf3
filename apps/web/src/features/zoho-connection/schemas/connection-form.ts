import { z } from 'zod';
import {
  connectionConfigInputSchema,
  redeemSelfClientCode,
  type Connection,
  type ConnectionConfigInput,
} from '@cxc/shared/api/zoho-connection';
import { officialZohoHosts } from '@cxc/shared/domain/zoho-dcs';
import { formIssueKey, type FormErrorKey } from '@/components/form/form-errors';
import { endpointBody } from '@/lib/endpoint-body';

/** The three ways to connect; the first two are saved configurations, the third redeems a code at once. */
export const SETUP_WAYS = ['system', 'custom', 'selfClient'] as const;
export type SetupWay = (typeof SETUP_WAYS)[number];

export interface ConnectionFormValues {
  way: SetupWay;
  dataCenterId: string;
  clientId: string;
  /** Write-only: empty means "keep the stored secret" (custom) and is never sent. */
  clientSecret: string;
  advanced: boolean;
  accountsUrl: string;
  apiUrl: string;
  code: string;
}

export type ConnectionFormOutput =
  | { way: 'system' | 'custom'; body: ConnectionConfigInput }
  | { way: 'selfClient'; body: z.output<typeof selfClientBody> };

export const CONNECTION_FORM_FIELDS = [
  'way',
  'dataCenterId',
  'clientId',
  'clientSecret',
  'accountsUrl',
  'apiUrl',
  'code',
] as const satisfies readonly (keyof ConnectionFormValues)[];

const [systemInput, customInput] = connectionConfigInputSchema.options;
const selfClientBody = endpointBody(redeemSelfClientCode);

/** Each way validates only its own fields, with the shared request schema's rules. */
const fieldsByWay = {
  system: systemInput.pick({ dataCenterId: true }),
  custom: customInput.pick({ dataCenterId: true, clientId: true }),
  selfClient: selfClientBody,
};

/**
 * Origins allowed in "Advanced" addresses: Zoho's official hosts over https (officialZohoHosts, the same
 * rule the server applies) and the addresses of the DCs the server itself lists (the simulator's, while
 * it runs). The server checks again; this only answers before a round trip.
 */
export function allowedOrigins(connection: Pick<Connection, 'dataCenters'>): Set<string> {
  const origins = new Set([...officialZohoHosts()].map((host) => `https://${host}`));
  for (const option of connection.dataCenters) {
    origins.add(new URL(option.accountsUrl).origin);
    origins.add(new URL(option.apiUrl).origin);
  }
  return origins;
}

function addressProblem(value: string, origins: Set<string>): FormErrorKey | undefined {
  const parsed = z.url().safeParse(value.trim());
  if (!parsed.success) return value.trim() === '' ? 'forms.errors.required' : 'forms.errors.url';
  return origins.has(new URL(parsed.data).origin) ? undefined : 'forms.errors.notZohoHost';
}

interface SchemaContext {
  /** A custom client secret is stored already, so an empty secret field keeps it. */
  secretStored: boolean;
  origins: Set<string>;
}

export function buildConnectionFormSchema({ secretStored, origins }: SchemaContext) {
  return z
    .object({
      way: z.enum(SETUP_WAYS),
      dataCenterId: z.string(),
      clientId: z.string(),
      clientSecret: z.string(),
      advanced: z.boolean(),
      accountsUrl: z.string(),
      apiUrl: z.string(),
      code: z.string(),
    })
    .superRefine((values, ctx) => {
      const problem = (path: keyof ConnectionFormValues, message: string) =>
        ctx.addIssue({ code: 'custom', path: [path], message, input: values[path] });
      const result = fieldsByWay[values.way].safeParse(values, { error: formIssueKey });
      for (const issue of result.error?.issues ?? []) {
        const field = issue.path[0];
        if (typeof field === 'string' && field in values)
          problem(field as keyof ConnectionFormValues, issue.message);
      }
      if (values.way !== 'custom') return;
      const secret = values.clientSecret.trim();
      if (secret === '' && !secretStored) problem('clientSecret', 'forms.errors.secretRequired');
      if (secret !== '') {
        const typed = customInput.shape.clientSecret.safeParse(secret, { error: formIssueKey });
        if (!typed.success) problem('clientSecret', typed.error.issues[0]?.message ?? 'forms.errors.invalid');
      }
      if (!values.advanced) return;
      for (const field of ['accountsUrl', 'apiUrl'] as const) {
        const key = addressProblem(values[field], origins);
        if (key) problem(field, key);
      }
    })
    .transform((values): ConnectionFormOutput => {
      if (values.way === 'selfClient') return { way: 'selfClient', body: selfClientBody.parse(values) };
      if (values.way === 'system') {
        return {
          way: 'system',
          body: connectionConfigInputSchema.parse({ kind: 'system', dataCenterId: values.dataCenterId }),
        };
      }
      const secret = values.clientSecret.trim();
      const body = connectionConfigInputSchema.parse({
        kind: 'custom',
        dataCenterId: values.dataCenterId,
        clientId: values.clientId,
        ...(secret === '' ? {} : { clientSecret: secret }),
        ...(values.advanced ? { accountsUrl: values.accountsUrl.trim(), apiUrl: values.apiUrl.trim() } : {}),
      });
      return { way: 'custom', body };
    });
}

/** The form as the saved configuration left it; nothing secret is ever pre-filled. */
export function connectionFormDefaults(connection: Connection): ConnectionFormValues {
  const { config, systemDataCenters } = connection;
  const custom = config?.kind === 'custom';
  const way = config?.kind ?? (systemDataCenters.length > 0 ? 'system' : 'custom');
  const onlySystem = way === 'system' && systemDataCenters.length === 1 ? systemDataCenters[0] : undefined;
  return {
    way,
    dataCenterId: config?.dataCenter.id ?? onlySystem?.id ?? '',
    clientId: (custom ? config.clientId : null) ?? '',
    clientSecret: '',
    advanced:
      custom &&
      (config.accountsUrl !== config.dataCenter.accountsUrl || config.apiUrl !== config.dataCenter.apiUrl),
    accountsUrl: config?.accountsUrl ?? onlySystem?.accountsUrl ?? '',
    apiUrl: config?.apiUrl ?? onlySystem?.apiUrl ?? '',
    code: '',
  };
}
