import { getCountries } from 'libphonenumber-js';
import { expect, it } from 'vitest';
import { isPhoneRegion, PHONE_REGIONS } from './phone-regions.ts';

it('lists exactly the regions the phone metadata knows', () => {
  expect([...PHONE_REGIONS].sort()).toEqual([...getCountries()].sort());
  expect(isPhoneRegion('DE')).toBe(true);
  expect(isPhoneRegion('ZZ')).toBe(false);
  expect(isPhoneRegion('__proto__')).toBe(false);
});
