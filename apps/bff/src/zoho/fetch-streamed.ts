/**
 * A download's body (a Bulk Read result of 200,000 records is tens of megabytes) takes as long as the
 * line and the reader allow, so one deadline for the whole call would cut a healthy download short and
 * start the page over, again and again. Here the deadline covers the wait for the answer's headers;
 * after that the body may take any time as long as bytes keep coming: `idleMs` without one aborts it.
 */
export async function fetchStreamed(url: string, init: RequestInit, idleMs: number): Promise<Response> {
  const controller = new AbortController();
  const timeout = () => controller.abort(new DOMException('The operation timed out.', 'TimeoutError'));
  let timer = setTimeout(timeout, idleMs);
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: controller.signal });
  } catch (error) {
    clearTimeout(timer);
    throw error;
  }
  clearTimeout(timer);
  if (!response.body) return response;
  timer = setTimeout(timeout, idleMs);
  const guarded = response.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, out) {
        clearTimeout(timer);
        timer = setTimeout(timeout, idleMs);
        out.enqueue(chunk);
      },
      flush() {
        clearTimeout(timer);
      },
    }),
  );
  return new Response(guarded, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}
