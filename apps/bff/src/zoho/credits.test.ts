import { expect, it } from 'vitest';
import { coqlCredits } from './credits.ts';

it('prices COQL by LIMIT', () => {
  expect(coqlCredits("select Last_Name from Leads where Email = 'a@b.c'")).toBe(1);
  expect(coqlCredits('select id from Leads where id is not null limit 200')).toBe(1);
  expect(coqlCredits('select id from Leads where id is not null limit 400, 201')).toBe(2);
  expect(coqlCredits('select id from Leads where id is not null LIMIT 2000')).toBe(3);
});
