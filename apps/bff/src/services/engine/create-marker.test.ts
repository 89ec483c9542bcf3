import { describe, expect, it } from 'vitest';
import { markerOf, withMarker } from './create-marker.ts';

describe('create markers', () => {
  const marker = markerOf('0a1b2c3d-0000-4000-8000-00000000abcd', 2);

  it('is unique per event and step, with no characters COQL would need escaped', () => {
    expect(marker).toBe('cxc-0a1b2c3d00004000800000000000abcd-2');
    expect(marker).toMatch(/^[a-z0-9-]+$/);
  });

  it('is appended to the description, or to the note text', () => {
    expect(withMarker('Tasks', { Subject: 'Chat', Description: 'Hello' }, marker)).toEqual({
      Subject: 'Chat',
      Description: `Hello\n\n[${marker}]`,
    });
    expect(withMarker('Notes', {}, marker)).toEqual({ Note_Content: `[${marker}]` });
  });
});
