import type { ConversationEvent } from '@cxc/shared/domain/events';
import type { Operation, PlanAttachment, PlanIssue } from '@cxc/shared/domain/plan-schema';
import {
  type AttachmentMode,
  type AttachmentSettings,
  ZOHO_ATTACHMENT_MAX_BYTES,
} from '@cxc/shared/domain/settings-attachments';

/** Zoho's v2 "Upload an Attachment" page does not list Calls as a parent module (later versions do). */
const NO_ATTACHMENTS: ReadonlySet<string> = new Set(['Calls']);
/** The v2 page takes "all file types except .exe": such a file can only be linked. */
const REFUSED_FILE = /\.exe$/i;
const AUDIO: Record<string, string> = {
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  ogg: 'audio/ogg',
  opus: 'audio/opus',
  m4a: 'audio/mp4',
  webm: 'audio/webm',
};
const MB = 1024 * 1024;

type Attachment = ConversationEvent['conversation']['attachments'][number];

function fileOf(a: Attachment, mode: AttachmentMode, issues: PlanIssue[]): PlanAttachment {
  const base = { name: a.name, url: a.url, contentType: a.contentType, size: a.size };
  if (mode === 'link') return { ...base, as: 'link' };
  if (a.size > ZOHO_ATTACHMENT_MAX_BYTES) {
    issues.push({
      severity: 'info',
      code: 'attachment_too_large_linked',
      params: { name: a.name, sizeMb: Math.ceil(a.size / MB), limitMb: ZOHO_ATTACHMENT_MAX_BYTES / MB },
    });
    return { ...base, as: 'link' };
  }
  if (REFUSED_FILE.test(a.name)) {
    issues.push({ severity: 'info', code: 'attachment_type_linked', params: { name: a.name } });
    return { ...base, as: 'link' };
  }
  return { ...base, as: 'file' };
}

function recordingOf(event: ConversationEvent, mode: AttachmentMode): PlanAttachment | undefined {
  // A recording that became available later arrives on its own event (late-events.ts).
  const url =
    event.type === 'call.ended'
      ? event.call.recordingUrl
      : event.type === 'call.recording_available'
        ? event.recording.url
        : undefined;
  if (!url || mode === 'off') return undefined;
  const ext = /\.([a-z0-9]{2,5})$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase();
  const audio = ext ? AUDIO[ext] : undefined;
  return {
    name: `Call recording ${event.conversation.id}${audio ? `.${ext}` : ''}`,
    url,
    contentType: audio ?? 'application/octet-stream',
    // Size unknown: the engine enforces Zoho's limit while downloading and links a bigger file.
    as: mode === 'link' ? 'link' : 'file',
  };
}

/** A record the event writes, or an existing one it leaves as it is (a found person with nothing to update). */
const hasRecord = (op: Operation) => op.kind !== 'skip' || op.recordId !== undefined;

/**
 * Puts the conversation's files (and a call's recording) on the record the channel attaches to: the
 * activity, or the person (also one found and left unchanged). When there is no such record, or it is
 * a Call (not an attachment parent in v2), they go to the other one, and an info says so.
 */
export function planAttachments(
  event: ConversationEvent,
  settings: AttachmentSettings,
  ops: Operation[],
  issues: PlanIssue[],
): void {
  const files = settings.mode === 'off' ? [] : event.conversation.attachments;
  const list = files.map((a) => fileOf(a, settings.mode, issues));
  const recording = recordingOf(event, settings.recording);
  if (recording) list.push(recording);
  if (!list.length) return;
  const other = settings.attachTo === 'activity' ? 'person' : 'activity';
  const candidates = [
    ...ops.filter((op) => op.role === settings.attachTo),
    ...ops.filter((op) => op.role === other),
  ].filter(hasRecord);
  const preferred = candidates.find((op) => op.role === settings.attachTo);
  const chosen = candidates.find((op) => !NO_ATTACHMENTS.has(op.module));
  if (!chosen) {
    issues.push({ severity: 'warning', code: 'attachments_no_record', params: { count: list.length } });
    return;
  }
  if (chosen !== preferred) {
    // `module` is the record the text is about: the one that takes none, or the one that got them.
    issues.push(
      preferred
        ? { severity: 'info', code: 'attachments_module_unsupported', module: preferred.module, params: {} }
        : {
            severity: 'info',
            code: 'attachments_no_target_record',
            module: chosen.module,
            params: { wanted: settings.attachTo },
          },
    );
  }
  ops[ops.indexOf(chosen)] = { ...chosen, attachments: list };
}
