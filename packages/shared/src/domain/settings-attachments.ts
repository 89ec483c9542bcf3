import { z } from 'zod';

/**
 * Zoho's per-file attachment limit as the connector applies it: 20 MB. Zoho's current v2 page says
 * 100 MB, its older pages 20 MB; the stricter one is used so no upload is refused for its size.
 * Bigger files are attached as links instead.
 */
export const ZOHO_ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;

/** `upload`: the file itself (links past the size limit); `link`: Zoho stores the URL; `off`: nothing. */
export const attachmentModeSchema = z.enum(['upload', 'link', 'off']);
export type AttachmentMode = z.infer<typeof attachmentModeSchema>;
export const attachmentTargetSchema = z.enum(['activity', 'person']);
export type AttachmentTarget = z.infer<typeof attachmentTargetSchema>;

export const DEFAULT_ATTACHMENT_SETTINGS = {
  mode: 'upload',
  attachTo: 'activity',
  recording: 'upload',
} as const satisfies Record<string, string>;

/**
 * What a channel does with the conversation's files (`conversation.attachments`) and, for calls, the
 * recording (`call.recordingUrl`). Defaulted, so settings stored before it existed keep parsing.
 */
export const attachmentSettingsSchema = z
  .strictObject({
    mode: attachmentModeSchema,
    attachTo: attachmentTargetSchema,
    /** Calls only: the call recording. */
    recording: attachmentModeSchema,
  })
  .default({ ...DEFAULT_ATTACHMENT_SETTINGS });
export type AttachmentSettings = z.infer<typeof attachmentSettingsSchema>;
