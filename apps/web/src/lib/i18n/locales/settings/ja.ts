import { settingsEn, type SettingsMessages } from './en';

// TEMPORARY
export const settingsJa: SettingsMessages = settingsEn;
