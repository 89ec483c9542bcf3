import { DEV_PASSWORD, DEV_USERS } from './dev-users.ts';

export interface BannerInput {
  publicUrl: string;
  idpIssuer: string | undefined;
  zohoSimUrl: string | undefined;
  database: string;
}

function table(rows: string[][]): string {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows
    .map((row) => `  ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')}`.trimEnd())
    .join('\n');
}

/** What a developer needs after `pnpm start`: where to go and how to sign in. */
export function banner(input: BannerInput): string {
  const lines = [
    '',
    'CX Connector is running',
    table([
      ['Console', input.publicUrl],
      ...(input.idpIssuer ? [['Dev IdP', input.idpIssuer]] : []),
      ...(input.zohoSimUrl ? [['Zoho simulator', input.zohoSimUrl]] : []),
      ['Database', input.database],
    ]),
  ];
  if (input.idpIssuer) {
    lines.push(
      '',
      `Demo sign-ins (password ${DEV_PASSWORD}):`,
      table([
        ['Email', 'Name', 'Role', 'Tenant'],
        ...DEV_USERS.map((u) => [u.email, u.name, u.role, u.tenant?.name ?? '-']),
      ]),
    );
  }
  lines.push('', 'Press Ctrl-C to stop.', '');
  return lines.join('\n');
}
