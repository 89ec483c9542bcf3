/**
 * Whether the console runs inside a frame (an agent console's side panel). Reading `window.top` is
 * allowed across origins; should a browser refuse anyway, a frame is the only place that happens.
 */
export function isFramed(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    return true;
  }
}
