import { describeZohoRefusal } from '../../zoho/describe-zoho-refusal.ts';

/** A sync failure in words an administrator can act on: the mirror says it tries again by itself. */
export function describeSyncError(module: string, error: unknown): string {
  return describeZohoRefusal(error, {
    module,
    what: module,
    missingModuleNote: '',
    throttledTail: `; ${module} sync tries again shortly.`,
    refusedTail: ' Sync tries again shortly.',
    internal: `${module} could not be synchronised because of an internal error; sync tries again shortly.`,
  });
}
