import type { ReactNode } from 'react';
import type { Channel } from '@cxc/shared/domain/channels';
import { AttachmentSettings } from './attachment-settings';
import { ChannelBasics } from './channel-basics';
import { DealSettings } from './deal-settings';
import { PresetButtons } from './preset-buttons';
import { RecordTypes } from './record-types';
import { RuleList } from './rule-list';

/**
 * Everything about one channel: on or off, mode, what records it writes, its rules; `children` (the
 * channel's field mapping, another feature) come last, composed by the settings page.
 */
export function ChannelSection({ channel, children }: { channel: Channel; children?: ReactNode }) {
  return (
    <div className="settings-stack">
      <ChannelBasics channel={channel} />
      <PresetButtons channel={channel} />
      <RecordTypes channel={channel} />
      <DealSettings channel={channel} />
      <AttachmentSettings channel={channel} />
      <RuleList channel={channel} />
      {children}
    </div>
  );
}
