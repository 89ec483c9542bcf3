import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { Queryable } from '../../db/queryable.ts';

/** A tenant's Notification API channel as stored: the token only as its SHA-256. */
export interface WatchChannel {
  tenantId: string;
  channelId: string;
  events: string[];
  expiresAt: Date;
}

const hash = (token: string) => createHash('sha256').update(token, 'utf8').digest();

/** A new channel id (Zoho takes a number) and token (at most 50 characters at Zoho). */
export function newChannelSecrets(): { channelId: string; token: string } {
  return { channelId: String(randomInt(1, 2 ** 47)), token: randomBytes(24).toString('base64url') };
}

export async function readWatchChannel(db: Queryable, tenantId: string): Promise<WatchChannel | null> {
  const { rows } = await db.query<{ channel_id: string; events: string[]; expires_at: Date }>(
    'select channel_id, events, expires_at from mirror_watch_channels where tenant_id = $1',
    [tenantId],
  );
  const row = rows[0];
  return row ? { tenantId, channelId: row.channel_id, events: row.events, expiresAt: row.expires_at } : null;
}

export async function saveWatchChannel(db: Queryable, channel: WatchChannel, token: string): Promise<void> {
  await db.query(
    `insert into mirror_watch_channels (tenant_id, channel_id, token_hash, events, expires_at, renewed_at)
     values ($1, $2, $3, $4, $5, now())
     on conflict (tenant_id) do update set channel_id = excluded.channel_id, token_hash = excluded.token_hash,
        events = excluded.events, expires_at = excluded.expires_at, renewed_at = now()`,
    [channel.tenantId, channel.channelId, hash(token).toString('hex'), channel.events, channel.expiresAt],
  );
}

export async function renewWatchChannel(db: Queryable, tenantId: string, expiresAt: Date): Promise<void> {
  await db.query(
    'update mirror_watch_channels set expires_at = $2, renewed_at = now() where tenant_id = $1',
    [tenantId, expiresAt],
  );
}

export async function deleteWatchChannel(db: Queryable, tenantId: string): Promise<void> {
  await db.query('delete from mirror_watch_channels where tenant_id = $1', [tenantId]);
}

/**
 * The tenant whose live channel this callback belongs to, or null: unknown channel, expired channel, or
 * a token whose hash differs (compared in constant time; the hash of a missing token never matches).
 */
export async function verifyCallback(
  db: Queryable,
  channelId: string,
  token: string | null,
  now: Date,
): Promise<string | null> {
  const { rows } = await db.query<{ tenant_id: string; token_hash: string; expires_at: Date }>(
    'select tenant_id, token_hash, expires_at from mirror_watch_channels where channel_id = $1',
    [channelId],
  );
  const row = rows[0];
  const expected = Buffer.from(row?.token_hash ?? '00'.repeat(32), 'hex');
  const given = hash(token ?? '');
  const same = expected.length === given.length && timingSafeEqual(expected, given);
  if (!row || !same || token === null || row.expires_at <= now) return null;
  return row.tenant_id;
}
