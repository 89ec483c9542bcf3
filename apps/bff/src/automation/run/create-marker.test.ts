import { describe, expect, it } from 'vitest';
import { MARKER_FIELD_LENGTH, markerOf, withMarker } from './create-marker.ts';

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

  it('keeps a text at the field limit within the limit, cutting the text and not the marker', () => {
    const tail = `\n\n[${marker}]`;
    const full = 'a'.repeat(MARKER_FIELD_LENGTH);
    const description = withMarker('Leads', { Description: full }, marker).Description as string;
    expect(MARKER_FIELD_LENGTH).toBe(32_000);
    expect(description).toHaveLength(MARKER_FIELD_LENGTH);
    expect(description).toBe(`${'a'.repeat(MARKER_FIELD_LENGTH - tail.length - 1)}…${tail}`);
    const note = withMarker('Notes', { Note_Content: `${full}bb` }, marker).Note_Content as string;
    expect(note).toHaveLength(MARKER_FIELD_LENGTH);
    expect(note.endsWith(`…${tail}`)).toBe(true);
  });

  it('leaves a text that fits with its marker uncut, up to the last character', () => {
    const tail = `\n\n[${marker}]`;
    const fits = 'b'.repeat(MARKER_FIELD_LENGTH - tail.length);
    expect(withMarker('Tasks', { Description: fits }, marker).Description).toBe(`${fits}${tail}`);
    const over = `${fits}c`;
    expect(withMarker('Tasks', { Description: over }, marker).Description).toBe(
      `${fits.slice(0, -1)}…${tail}`,
    );
  });

  it('cuts to a smaller field length and never splits a surrogate pair', () => {
    const tail = `\n\n[${marker}]`;
    const max = tail.length + 5;
    expect(withMarker('Calls', { Description: 'abcdefgh' }, marker, max).Description).toBe(`abcd…${tail}`);
    // 'abc😀' is 5 UTF-16 units; the cut would fall between the emoji's halves.
    expect(withMarker('Calls', { Description: 'abc😀xyz' }, marker, max).Description).toBe(`abc…${tail}`);
    expect(withMarker('Calls', { Description: 'abcdefgh' }, marker, tail.length).Description).toBe(
      `[${marker}]`,
    );
  });
});
