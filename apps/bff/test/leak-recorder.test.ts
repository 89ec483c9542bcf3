import { expect, it } from 'vitest';
import { LeakRecorder } from './leak-recorder.ts';

// The leak check guards the whole suite, so it gets its own proof that it does find leaks.
it('finds a secret in a body or a log line, and respects logs-only secrets', async () => {
  const recorder = new LeakRecorder();
  recorder.addSecret({ label: 'client secret', value: 'cs-1234567890' });
  recorder.addSecret({ label: 'CSRF token', value: 'csrf-1234567890', logsOnly: true });
  recorder.addSecret({ label: 'too short to search', value: 'abc' });
  await recorder.recordBody('http://x/a', new Response('{"csrfToken":"csrf-1234567890"}'));
  expect(recorder.findLeaks()).toEqual([]);
  await recorder.recordBody('http://x/b', new Response('oops cs-1234567890'));
  recorder.logDestination.write('{"msg":"csrf-1234567890"}\n');
  expect(recorder.findLeaks()).toEqual([
    'client secret in the response body of http://x/b',
    'CSRF token in a log line',
  ]);
});
