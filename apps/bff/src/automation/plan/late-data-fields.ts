import type { ConversationEvent } from '@cxc/shared/domain/events';
import type { Disposition } from '@cxc/shared/domain/late-events';
import type { ActivityModule } from '@cxc/shared/domain/modules';
import type { ZohoValue } from '@cxc/shared/domain/plan-schema';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { DEFAULT_WORDS } from '@cxc/shared/domain/default-words';
import { DEFAULT_CONTENT_LANGUAGE } from '@cxc/shared/domain/content-language';
import { renderTranscript } from '@cxc/shared/domain/text-format';

/** What the late events of one conversation have said so far; the newest of each kind wins. */
export interface LateState {
  transcript?: string;
  summary?: string;
  disposition?: Disposition;
}

export function lateStateOf(events: readonly ConversationEvent[], settings: IntegrationSettings): LateState {
  const words = DEFAULT_WORDS[settings.language ?? DEFAULT_CONTENT_LANGUAGE];
  const state: LateState = {};
  for (const e of events) {
    if (e.type === 'call.transcript_available')
      state.transcript = renderTranscript(e.conversation.transcript, settings.timeZone, words.speakers);
    if (e.type === 'conversation.summary_available') state.summary = e.summary.text;
    if (e.type === 'call.disposition_set') state.disposition = e.disposition;
  }
  return state;
}

/**
 * The fields one activity gets from the late data. Transcript and summary each go to the field the
 * admin chose (a Note's only text is its content); when both choose the same field, it holds the
 * summary, then the transcript, so neither event erases the other whatever order they came in.
 */
export function lateFields(
  module: ActivityModule,
  event: ConversationEvent,
  state: LateState,
  settings: IntegrationSettings,
  hasField: (module: ActivityModule, field: string) => boolean,
): Record<string, ZohoValue> {
  const late = settings.records.lateData;
  const fields: Record<string, ZohoValue> = {};
  const textField = (chosen: string) => (module === 'Notes' ? 'Note_Content' : chosen);
  if (event.type === 'call.transcript_available' || event.type === 'conversation.summary_available') {
    const parts = new Map<string, string[]>();
    const put = (field: string, text: string | undefined) => {
      if (text) parts.set(field, [...(parts.get(field) ?? []), text]);
    };
    put(textField(late.summaryField), state.summary);
    put(textField(late.transcriptField), state.transcript);
    for (const [field, texts] of parts) fields[field] = texts.join('\n\n');
  }
  if (event.type === 'call.disposition_set') {
    const d = event.disposition;
    const value = late.disposition.values[d.code] ?? d.label ?? d.code;
    if (late.disposition.target === 'call_result') {
      if (module === 'Calls') fields.Call_Result = value;
    } else if (late.disposition.field && hasField(module, late.disposition.field)) {
      fields[late.disposition.field] = value;
    }
  }
  return fields;
}
