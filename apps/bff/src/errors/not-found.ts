import type { RequestHandler } from 'express';
import { AppError } from './app-error.ts';

/** Anything no route answered: the same 404 envelope as a forbidden tenant's resource. */
export const notFound: RequestHandler = () => {
  throw new AppError('NOT_FOUND', 'Not found.');
};
