export const GUIDED_STEP_KEYS = [
  'connect',
  'defaultCountry',
  'channels',
  'preflight',
  'signingSecret',
  'testConversation',
] as const;
export type GuidedStepKey = (typeof GUIDED_STEP_KEYS)[number];

/** `checking`: the state is still being asked for (the mapping preflight asks Zoho). */
export type GuidedStepState = 'done' | 'todo' | 'checking';

export interface GuidedStep {
  key: GuidedStepKey;
  state: GuidedStepState;
  /** Where the step is done, an in-app href. */
  href: string;
}
