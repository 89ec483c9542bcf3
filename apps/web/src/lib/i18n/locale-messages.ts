/**
 * The shape every other language of a namespace must have: English's keys, any text. A German file
 * typed `LocaleMessages<typeof settingsEn>` fails to compile with a missing or an extra key.
 */
export type LocaleMessages<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : LocaleMessages<T[K]>;
};
