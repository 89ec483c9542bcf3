import type { SettingsVersionSummary } from '@cxc/shared/api/settings';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import type { SettingsTab } from '../schemas/settings-url-state';
import { AgentPanelSettings } from './agent-panel-settings';
import { ChannelSection } from './channel-section';
import { DryRunPanel } from './dry-run-panel';
import { IdentificationEditor } from './identification-editor';
import { LimitsSettings } from './limits-settings';
import { OwnersEditor } from './owners-editor';
import { SettingsTabPanel } from './settings-tab-panel';
import { VersionHistory } from './version-history';

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
      ) : tab === 'test' ? (
        <DryRunPanel />
      ) : tab === 'history' ? (
        <VersionHistory page={page} onPage={onPage} currentVersion={currentVersion} onRestored={onRestored} />
      ) : (
        <ChannelSection key={tab} channel={tab} />
      )}
    </SettingsTabPanel>
  );
}
