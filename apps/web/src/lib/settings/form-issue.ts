/**
 * A form error's `message` is a string (react-hook-form's contract), but the domain's issues are an
 * i18n key plus parameters. Both travel together as a small JSON string; anything else in `message`
 * (the server's own text) is shown as it is.
 */
export interface FormIssue {
  key: string;
  params: Record<string, string | number>;
}

const MARK = '{"k":';

export function encodeIssue(key: string, params: Record<string, unknown> = {}): string {
  const clean: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string' || typeof value === 'number') clean[name] = value;
  }
  return JSON.stringify({ k: key, p: clean });
}

export function decodeIssue(message: string): FormIssue | { text: string } {
  if (!message.startsWith(MARK)) return { text: message };
  try {
    const parsed = JSON.parse(message) as { k?: unknown; p?: unknown };
    if (typeof parsed.k !== 'string') return { text: message };
    const params = typeof parsed.p === 'object' && parsed.p !== null ? parsed.p : {};
    return { key: parsed.k, params: params as FormIssue['params'] };
  } catch {
    return { text: message };
  }
}
