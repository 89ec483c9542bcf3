import { createContext, useContext } from 'react';
import type { FieldPath } from 'react-hook-form';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import type { ZohoMetadata } from './get-zoho-metadata';
import { fieldName, type SettingsPath } from './field-path';

export type SettingsFieldPath = FieldPath<IntegrationSettings>;

/** A settings path as react-hook-form's field name; the path is built from the same schema. */
export function asName(path: SettingsPath): SettingsFieldPath {
  return fieldName(path) as SettingsFieldPath;
}

export interface MetadataState {
  data: ZohoMetadata | undefined;
  error: unknown;
  isPending: boolean;
  retry: () => void;
}

export interface EditorContextValue {
  tenantId: string;
  metadata: MetadataState;
  /** Opens the tab that shows the path and moves focus to its control. */
  focusPath: (path: SettingsPath) => void;
  /** Says something in the polite live region (rows added, moved, removed; saved). */
  announce: (message: string) => void;
}

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('useEditor outside the settings editor');
  return value;
}
