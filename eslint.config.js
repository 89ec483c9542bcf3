// @ts-check
import { readdirSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
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
 * This zone reads the `@/` alias; relative paths are resolved by `featureRelativeImports` below.
 */
const featureBoundaries = features.map((feature) => ({
  files: [`apps/web/src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^@/(features/(?!${feature}/)|app/)`,
            message: 'Features must not import other features or the app layer; compose them in src/app.',
          },
        ],
      },
    ],
  },
}));

const webSrc = fileURLToPath(new URL('./apps/web/src/', import.meta.url));

/** `features/x/…` or `app/…` for a path inside apps/web/src, else undefined. */
const webArea = (path) => {
  const inside = relative(webSrc, path).split(sep).join('/');
  const match = /^(features\/[^/]+|app)(\/|$)/.exec(inside);
  return match ? { area: match[1], inside } : undefined;
};

/**
 * The feature zones above read the `@/` import string; a relative one (`../../other/x`) says where it lands
 * only together with the importing file's depth. This rule resolves a relative import against the file and refuses one that
 * lands in another feature or in the app layer, static, re-exported or lazy.
 */
const featureRelativeImports = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      crossing:
        'Features must not import other features or the app layer, by relative path either ({{target}}); compose them in src/app.',
    },
  },
  create(context) {
    const own = webArea(context.filename);
    if (!own?.area.startsWith('features/')) return {};
    const check = (node) => {
      const specifier = node.source?.type === 'Literal' ? node.source.value : undefined;
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const target = webArea(resolve(dirname(context.filename), specifier));
      if (target && target.area !== own.area) {
        context.report({ node: node.source, messageId: 'crossing', data: { target: target.inside } });
      }
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

const featureRelativeBoundaries = {
  files: ['apps/web/src/features/**/*.{ts,tsx}'],
  plugins: { cxc: { rules: { 'feature-relative-imports': featureRelativeImports } } },
  rules: { 'cxc/feature-relative-imports': 'error' },
};

/**
 * The shared layers serve every feature, so they import none of them, nor the app that composes them:
 * a piece two features need moves down here (`components/form`, `lib/settings`), never sideways.
 */
const sharedLayerBoundaries = {
  files: ['apps/web/src/{components,lib,config}/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: '^(@/|(\\.\\./)+)(features|app)/',
            message: 'components/, lib/ and config/ must not import features or the app layer.',
          },
        ],
      },
    ],
  },
};

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

/**
 * The automation is where a newcomer follows one event from intake to Zoho's answer: each step there
 * fits on a screen (tests too, so a suite splits into describes per behaviour). Blank lines and
 * comments do not count, so explaining why never pushes a function over.
 */
const automationFunctionSize = {
  files: ['apps/bff/src/automation/**/*.ts'],
  rules: {
    'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
  },
};

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
  featureRelativeBoundaries,
  sharedLayerBoundaries,
  ...layerZones,
  automationFunctionSize,
);
