import type { Rolldown } from 'vite';

type CodeSplittingGroup = NonNullable<
  Extract<NonNullable<Rolldown.OutputOptions['codeSplitting']>, object>['groups']
>[number];

/** The lazy screen each role lands on after sign-in (see `app/routes/home.tsx`). */
const FIRST_SCREENS = {
  hub: '/src/app/routes/hub.tsx',
  integrations: '/src/app/routes/integrations.tsx',
  agent: '/src/app/routes/agent.tsx',
} as const;

/**
 * Locale folders whose texts load together, one chunk per language: the shell's two namespaces before
 * its first render, and the agent home's two (`agentPanel`, `matchReviews`) with that screen.
 */
const TEXTS_LOADED_TOGETHER: readonly { name: string; folders: RegExp }[] = [
  { name: 'shell-texts', folders: /\/src\/lib\/i18n\/locales\/(events\/)?$/ },
  { name: 'agent-texts', folders: /\/src\/features\/(agent-panel|match-reviews)\/locales\/$/ },
];
const LOCALE_FILE = /^(.*\/)(en|de|ja|ru)\.ts$/;

type ModuleInfoOf = Parameters<Extract<CodeSplittingGroup['name'], (...args: never[]) => unknown>>[1];

/** Every module `from` reaches through static imports (dynamic imports start chunks of their own). */
function staticClosure(from: string, ctx: ModuleInfoOf): Set<string> {
  const seen = new Set<string>([from]);
  const queue = [from];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const next of ctx.getModuleInfo(id)?.importedIds ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/** The texts of `TEXTS_LOADED_TOGETHER` as one chunk per group and language. */
export function firstScreenTexts(): CodeSplittingGroup {
  return {
    debugName: 'first-screen-texts',
    name: (id) => {
      const [, folder = '', language] = LOCALE_FILE.exec(id) ?? [];
      const group = TEXTS_LOADED_TOGETHER.find(({ folders }) => folders.test(folder));
      return group && language ? `${group.name}-${language}` : null;
    },
  };
}

/**
 * Each role's first screen as one chunk (`first-hub`, `first-agent`, …) plus one chunk of what two or more
 * first screens share (`first-shared`), instead of the dozen small chunks automatic splitting makes of
 * them. Every response costs about 1 kB of headers and compresses on its own, so a first screen of 14
 * files of 1–2 kB cost nearly twice its code. What the entry already holds stays there; the other screens
 * keep their own chunks and load these two when they use a part of them.
 */
export function firstScreenChunks(root: string): CodeSplittingGroup {
  let owners: Map<string, string> | undefined;
  const ownersOf = (ctx: ModuleInfoOf): Map<string, string> => {
    if (owners) return owners;
    const entry = staticClosure(`${root}/index.html`, ctx);
    const reachedBy = new Map<string, string[]>();
    for (const [screen, file] of Object.entries(FIRST_SCREENS)) {
      // A renamed screen would silently fall back to dozens of small chunks.
      if (!ctx.getModuleInfo(`${root}${file}`)) throw new Error(`first screen ${file} is not in the build`);
      for (const id of staticClosure(`${root}${file}`, ctx)) {
        if (!entry.has(id)) reachedBy.set(id, [...(reachedBy.get(id) ?? []), screen]);
      }
    }
    owners = new Map(
      [...reachedBy].map(([id, screens]) => [
        id,
        screens.length > 1 ? 'first-shared' : `first-${screens[0]}`,
      ]),
    );
    return owners;
  };
  return {
    debugName: 'first-screens',
    name: (id, ctx) => ownersOf(ctx).get(id) ?? null,
    // A captured module's dependencies in the entry must stay in the entry (the default would pull them in).
    includeDependenciesRecursively: false,
  };
}
