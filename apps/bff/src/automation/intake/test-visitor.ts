import { randomBytes } from 'node:crypto';
import type { Queryable } from '../../db/queryable.ts';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 8 characters, 40 random bits: what tells one run's visitor from every other's. */
export function runCode(bytes: Buffer = randomBytes(8)): string {
  return [...bytes].map((b) => CROCKFORD[b % 32]).join('');
}

/**
 * US area codes for the fictional 555-0100…0199 numbers (reserved for fiction, never assigned). The demo
 * data's own 555 numbers (212, 415) are left out, so a test visitor never shares one with them.
 */
const AREA_CODES = [
  '202',
  '206',
  '303',
  '305',
  '312',
  '404',
  '503',
  '512',
  '602',
  '615',
  '617',
  '702',
  '704',
  '713',
  '720',
  '801',
  '808',
  '916',
  '919',
  '971',
];

/** The n-th fictional number: the first 2,000 runs of an installation each get their own. */
export function fictionalPhone(n: number): string {
  const area = AREA_CODES[Math.floor(n / 100) % AREA_CODES.length] ?? '202';
  return `+1 ${area} 555 01${String(n % 100).padStart(2, '0')}`;
}

export interface TestVisitor {
  name: string;
  email: string;
  phone: string;
  company: string;
  country: 'US';
}

/**
 * One run's visitor, unlike any real customer and any other run: a coded name, an e-mail on the
 * reserved `.invalid` domain (RFC 2606, never deliverable) and a fictional phone number.
 */
export async function newTestVisitor(db: Queryable, code = runCode()): Promise<TestVisitor> {
  const { rows } = await db.query<{ n: string }>(`select nextval('test_visitor_seq') - 1 as n`);
  return {
    name: `Test visitor ${code}`,
    email: `test-${code.toLowerCase()}@example.invalid`,
    phone: fictionalPhone(Number(rows[0]?.n ?? 0)),
    company: `Test company ${code}`,
    country: 'US',
  };
}
