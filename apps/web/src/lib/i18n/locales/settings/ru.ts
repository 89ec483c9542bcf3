import { settingsEn, type SettingsMessages } from './en';

// TEMPORARY
export const settingsRu: SettingsMessages = settingsEn;
