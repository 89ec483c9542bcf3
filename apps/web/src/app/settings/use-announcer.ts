import { useCallback, useState } from 'react';

/**
 * Text for a polite live region. Saying the same thing twice (two rows removed in a row) appends an
 * invisible space, so screen readers notice the change and speak it again.
 */
export function useAnnouncer() {
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => {
    setMessage((previous) => (previous === text ? `${text}\u00a0` : text));
  }, []);
  return { message, announce };
}
