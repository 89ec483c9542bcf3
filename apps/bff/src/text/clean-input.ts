import { AppError } from '../errors/app-error.ts';
import { cleanDeep, MAX_JSON_DEPTH, TooDeepError } from './clean-text.ts';

/**
 * Cleans one part of a request (body, query or params) with the edge's one text rule (clean-text.ts).
 * Too deep a structure is the caller's fault: 400 naming the part.
 */
export function cleanInput(value: unknown, part: 'body' | 'query' | 'params'): unknown {
  try {
    return cleanDeep(value);
  } catch (error) {
    if (!(error instanceof TooDeepError)) throw error;
    throw new AppError('VALIDATION_FAILED', `The request ${part} is nested too deeply.`, [
      { path: [part], code: 'too_deep', message: `nested deeper than ${MAX_JSON_DEPTH} levels` },
    ]);
  }
}
