import { expect, it } from 'vitest';
import { Semaphore } from './semaphore.ts';

it('admits at most `limit` holders and serves waiters in order', async () => {
  const semaphore = new Semaphore(2);
  const order: string[] = [];
  const a = await semaphore.acquire();
  const b = await semaphore.acquire();
  const c = semaphore.acquire().then((release) => {
    order.push('c');
    return release;
  });
  const d = semaphore.acquire().then((release) => {
    order.push('d');
    return release;
  });
  expect(semaphore.inUse).toBe(2);
  a();
  a(); // a second release of the same slot is ignored
  const releaseC = await c;
  expect(order).toEqual(['c']);
  b();
  const releaseD = await d;
  expect(order).toEqual(['c', 'd']);
  releaseC();
  releaseD();
  expect(semaphore.inUse).toBe(0);
});
