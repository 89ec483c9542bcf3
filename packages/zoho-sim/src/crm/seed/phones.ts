import type { Rng } from './prng.ts';

export interface Place {
  city: string;
  state: string;
  country: string;
  /** Builds a phone number in one of the formats people actually type for this country. */
  phone(rng: Rng): string;
}

// Generated US numbers avoid the 555 exchange so they never collide with the fixed demo records.
function usNumber(rng: Rng, area: string): string {
  const exchange = String(200 + rng.int(354));
  const line = rng.digits(4);
  switch (rng.int(5)) {
    case 0:
      return `+1 ${area} ${exchange} ${line}`;
    case 1:
      return `(${area}) ${exchange}-${line}`;
    case 2:
      return `${area}${exchange}${line}`;
    case 3:
      return `+1-${area}-${exchange}-${line}`;
    default:
      return `${area}.${exchange}.${line}`;
  }
}

function national(rng: Rng, cc: string, trunkArea: string, subscriber: string, variants = 3): string {
  const area = trunkArea.replace(/^0/, '');
  switch (rng.int(variants)) {
    case 0:
      return `+${cc} ${area} ${subscriber}`;
    case 1:
      return `${trunkArea} ${subscriber}`;
    default:
      return `+${cc} (0)${area} ${subscriber}`;
  }
}

export const PLACES: readonly Place[] = [
  { city: 'San Francisco', state: 'CA', country: 'United States', phone: (r) => usNumber(r, '415') },
  { city: 'New York', state: 'NY', country: 'United States', phone: (r) => usNumber(r, '212') },
  { city: 'Austin', state: 'TX', country: 'United States', phone: (r) => usNumber(r, '512') },
  { city: 'Chicago', state: 'IL', country: 'United States', phone: (r) => usNumber(r, '312') },
  {
    city: 'Berlin',
    state: 'Berlin',
    country: 'Germany',
    phone: (r) => national(r, '49', '030', r.digits(7)),
  },
  {
    city: 'Munich',
    state: 'Bavaria',
    country: 'Germany',
    phone: (r) => national(r, '49', '089', r.digits(8)),
  },
  {
    city: 'London',
    state: 'England',
    country: 'United Kingdom',
    phone: (r) => national(r, '44', '020', `${r.digits(4)} ${r.digits(4)}`, 2),
  },
  {
    city: 'Paris',
    state: 'Île-de-France',
    country: 'France',
    phone: (r) => national(r, '33', '01', `${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, 2),
  },
  {
    city: 'Bengaluru',
    state: 'Karnataka',
    country: 'India',
    phone: (r) => national(r, '91', '080', r.digits(8), 2),
  },
  {
    city: 'Sydney',
    state: 'NSW',
    country: 'Australia',
    phone: (r) => national(r, '61', '02', `${r.digits(4)} ${r.digits(4)}`, 2),
  },
];

/** A mobile number, usually international. */
export function mobileFor(place: Place, rng: Rng): string {
  switch (place.country) {
    case 'United States':
      return `+1 ${rng.pick(['628', '917', '737', '872'])} ${200 + rng.int(354)} ${rng.digits(4)}`;
    case 'Germany':
      return rng.chance(0.5) ? `+49 151 ${rng.digits(8)}` : `0151 ${rng.digits(8)}`;
    case 'United Kingdom':
      return `+44 7${rng.digits(3)} ${rng.digits(6)}`;
    case 'France':
      return `+33 6 ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`;
    case 'India':
      return `+91 98${rng.digits(3)} ${rng.digits(5)}`;
    default:
      return `+61 4${rng.digits(2)} ${rng.digits(3)} ${rng.digits(3)}`;
  }
}
