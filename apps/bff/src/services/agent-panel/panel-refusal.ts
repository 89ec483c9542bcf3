import type { ErrorCode } from '@cxc/shared/api/errors';
import { AppError } from '../../errors/app-error.ts';

/**
 * A refusal the agent panel says in the agent's language: the reason travels as an issue at path `[]`
 * with its code and values (`agentPanel:server.<code>` in the console); the English message stays for
 * API clients and older consoles.
 */
export function panelRefusal(
  status: ErrorCode,
  code: string,
  params: Record<string, string>,
  message: string,
): AppError {
  const issue = { path: [], code, message, ...(Object.keys(params).length ? { params } : {}) };
  return new AppError(status, message, [issue]);
}
