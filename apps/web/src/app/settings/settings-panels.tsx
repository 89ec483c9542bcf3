import type { SettingsVersionSummary } from '@cxc/shared/api/settings';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import type { SettingsTab } from '@/lib/settings/settings-url-state';
import { AgentPanelSettings } from '@/features/agent-panel/components/agent-panel-settings';
import { ChannelSection } from '@/features/channels/components/channel-section';
import { MappingSection } from '@/features/field-mapping/components/mapping-section';
import { DryRunPanel } from '@/features/dry-run/components/dry-run-panel';
import { IdentificationEditor } from '@/features/identification/components/identification-editor';
import { LimitsSettings } from '@/features/limits/components/limits-settings';
import { OwnersEditor } from '@/features/owners/components/owners-editor';
import { RecordsSettings } from '@/features/records/components/records-settings';
import { SettingsTabPanel } from './settings-tab-panel';
import { VersionHistory } from '@/features/settings-versions/components/version-history';

interface SettingsPanelsProps {
  tab: SettingsTab;
  page: number;
  onPage: (page: number) => void;
  currentVersion: SettingsVersionSummary | null;
  onRestored: (settings: IntegrationSettings, version: SettingsVersionSummary) => void;
}

export function SettingsPanels({ tab, page, onPage, currentVersion, onRestored }: SettingsPanelsProps) {
  return (
    <SettingsTabPanel tab={tab}>
      {tab === 'identification' ? (
        <IdentificationEditor />
      ) : tab === 'owners' ? (
        <OwnersEditor />
      ) : tab === 'agent_panel' ? (
        <AgentPanelSettings />
      ) : tab === 'limits' ? (
        <LimitsSettings />
      ) : tab === 'records' ? (
        <RecordsSettings />
      ) : tab === 'test' ? (
        <DryRunPanel />
      ) : tab === 'history' ? (
        <VersionHistory page={page} onPage={onPage} currentVersion={currentVersion} onRestored={onRestored} />
      ) : (
        <ChannelSection key={tab} channel={tab}>
          <MappingSection channel={tab} />
        </ChannelSection>
      )}
    </SettingsTabPanel>
  );
}
