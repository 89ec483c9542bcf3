import type { Channel } from '@cxc/shared/domain/channels';
import { AttachmentSettings } from './attachment-settings';
import { ChannelBasics } from './channel-basics';
import { DealSettings } from './deal-settings';
import { MappingSection } from './mapping-section';
import { PresetButtons } from './preset-buttons';
import { RecordTypes } from './record-types';
import { RuleList } from './rule-list';

/** Everything about one channel: on or off, mode, what records it writes, its rules and its fields. */
export function ChannelSection({ channel }: { channel: Channel }) {
  return (
    <div className="settings-stack">
      <ChannelBasics channel={channel} />
      <PresetButtons channel={channel} />
      <RecordTypes channel={channel} />
      <DealSettings channel={channel} />
      <AttachmentSettings channel={channel} />
      <RuleList channel={channel} />
      <MappingSection channel={channel} />
    </div>
  );
}
