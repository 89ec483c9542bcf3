import { settingsEn, type SettingsMessages } from './en';

// TEMPORARY
export const settingsDe: SettingsMessages = settingsEn;
