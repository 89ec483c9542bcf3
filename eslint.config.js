// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';

const featuresDir = new URL('./apps/web/src/features/', import.meta.url);
const features = (() => {
  try {
    return readdirSync(featuresDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
})();

/**
 * Feature isolation (bulletproof-react's restricted zones, as a flat config): a feature never imports
 * another feature; only `src/app` composes them. Generated per feature folder so new features join.
 */
const featureBoundaries = features.map((feature) => ({
  files: [`apps/web/src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^(@/|\\.\\./)+(features/(?!${feature}/)|app/)`,
            message: 'Features must not import other features or the app layer; compose them in src/app.',
          },
        ],
      },
    ],
  },
}));

/**
 * The BFF's layers, lowest first: the building blocks below never reach up into the use cases, the
 * automation, the jobs or the HTTP routes that are built on them, so each can be read and tested alone.
 * `pnpm lint` names the zone on a forbidden import; scripts/lint-layers.test.ts proves each one bites.
 */
const BFF_BUILDING_BLOCKS = ['db', 'crypto', 'errors', 'config', 'zoho', 'tokens', 'audit'];
const UP = '^(\\.\\./)+';

/**
 * One zone: `files` never import what `regex` matches; `message` says why. `no-restricted-imports` sees
 * static imports and re-exports only, so a selector catches a lazy `import()` of the same path too.
 */
const zone = (files, regex, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ regex, message }] }],
    'no-restricted-syntax': [
      'error',
      { selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\/')}/]`, message },
    ],
  },
});

const layerZones = [
  ...BFF_BUILDING_BLOCKS.map((layer) =>
    zone(
      [`apps/bff/src/${layer}/**/*.ts`],
      `${UP}(services|routes|jobs|automation)(/|$)`,
      `BFF layers: ${layer}/ is a building block and never imports services/, routes/, jobs/ or automation/; pass what it needs in.`,
    ),
  ),
  zone(
    ['apps/bff/src/services/**/*.ts'],
    `${UP}routes(/|$)`,
    'BFF layers: services/ never import routes/; move what both need below them.',
  ),
  zone(
    ['apps/bff/src/automation/**/*.ts'],
    `${UP}routes(/|$)`,
    'BFF layers: automation/ never imports routes/; move what both need below them.',
  ),
  zone(
    ['packages/shared/**/*.ts'],
    `^(@cxc/(bff|web|e2e|zoho-sim)(/|$)|@/|${UP.slice(1)}apps/)`,
    'packages/shared is the contract both apps import: it never imports an app or the simulator.',
  ),
  zone(
    ['packages/zoho-sim/**/*.ts'],
    `^(@cxc/(bff|web|e2e)(/|$)|@/|${UP.slice(1)}apps/)`,
    'packages/zoho-sim stands in for Zoho: it never imports our apps.',
  ),
  {
    // A second rule name, so it adds to the layer zones of the same files instead of replacing them.
    files: ['apps/bff/src/**/*.ts', 'apps/bff/scripts/**/*.ts'],
    ignores: ['apps/bff/src/dev/**', 'apps/bff/src/test/**', '**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^@cxc/zoho-sim(/|$)',
              message:
                'The simulator is not part of production: only the embedded start-up (apps/bff/src/dev/) and tests load @cxc/zoho-sim.',
            },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.data/**',
      '**/.data/**',
      '**/test-results/**',
      '**/playwright-report/**',
      'eslint.config.js',
      '**/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    ...jsxA11y.flatConfigs.recommended,
    languageOptions: {
      ...jsxA11y.flatConfigs.recommended.languageOptions,
      globals: { ...globals.browser },
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, '@tanstack/query': pluginQuery },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...pluginQuery.configs.recommended.rules,
    },
  },
  ...featureBoundaries,
  ...layerZones,
);
