import { describe, expect, it } from 'vitest';
import { databaseUnavailable } from './database-unavailable.ts';
import { toAppError } from './to-app-error.ts';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('databaseUnavailable', () => {
  it.each([
    ['refused', withCode('ECONNREFUSED')],
    ['reset', withCode('ECONNRESET')],
    ['socket timeout', withCode('ETIMEDOUT')],
    ['admin shutdown', withCode('57P01')],
    ['starting up', withCode('57P03')],
    ['connection failure', withCode('08006')],
    ['too many connections', withCode('53300')],
    ['statement timeout', withCode('57014')],
    ['pool wait', new Error('timeout exceeded when trying to connect')],
    ['connect timeout', new Error('Connection terminated due to connection timeout')],
    ['silent socket', new Error('Query read timeout')],
    ['every address refused', new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')])],
    ['wrapped', new Error('outer', { cause: withCode('ECONNRESET') })],
  ])('maps %s to 503 with Retry-After', (_name, error) => {
    const mapped = toAppError(error);
    expect(mapped.code).toBe('SERVICE_UNAVAILABLE');
    expect(mapped.status).toBe(503);
    expect(mapped.retryAfterSeconds).toBeGreaterThanOrEqual(1);
  });

  it.each([
    ['unique violation', withCode('23505')],
    ['missing table', withCode('42P01')],
    ['syntax', withCode('42601')],
    ['a node error code that is not the network', withCode('ERR_INVALID_ARG_TYPE')],
    ['a message merely mentioning a timeout', new Error('lookup timeout exceeded when trying to connect')],
    ['not an error', 'ECONNREFUSED'],
    ['null', null],
  ])('leaves %s alone', (_name, error) => {
    expect(databaseUnavailable(error)).toBeUndefined();
    expect(toAppError(error).code).toBe('INTERNAL');
  });

  it('stops on a cycle of causes', () => {
    const error: Error & { cause?: unknown } = new Error('loop');
    error.cause = error;
    expect(databaseUnavailable(error)).toBeUndefined();
  });
});
