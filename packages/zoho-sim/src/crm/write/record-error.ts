/** A per-record entry of `data[]` for a record that failed (index-aligned with the input). */
export interface RecordError {
  code: 'MANDATORY_NOT_FOUND' | 'INVALID_DATA' | 'DUPLICATE_DATA' | 'NOT_SUBSCRIBED';
  details: Record<string, unknown>;
  message: string;
  status: 'error';
}

export class RecordFailure extends Error {
  constructor(readonly entry: RecordError) {
    super(entry.message);
  }
}

export const invalidData = (details: Record<string, unknown>, message = 'invalid data'): RecordFailure =>
  new RecordFailure({ code: 'INVALID_DATA', details, message, status: 'error' });

export const mandatoryNotFound = (apiName: string): RecordFailure =>
  new RecordFailure({
    code: 'MANDATORY_NOT_FOUND',
    details: { api_name: apiName },
    message: 'required field not found',
    status: 'error',
  });

export const duplicateData = (apiName: string, id: string): RecordFailure =>
  new RecordFailure({
    code: 'DUPLICATE_DATA',
    details: { api_name: apiName, id },
    message: 'duplicate data',
    status: 'error',
  });

export const notSubscribed = (channelId: string): RecordFailure =>
  new RecordFailure({
    code: 'NOT_SUBSCRIBED',
    details: { channel_id: channelId },
    message: 'Not subscribed for actions-watch of the given channel',
    status: 'error',
  });
