import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const project = new ESLint({ cwd: root });

// The first lookup loads eslint.config.js and its plugins; done once here so no single case pays for it.
beforeAll(async () => {
  await project.calculateConfigForFile(`${root}apps/bff/src/app.ts`);
});

const isZoneRule = (name: string) =>
  name.endsWith('no-restricted-imports') || name === 'no-restricted-syntax' || name.startsWith('cxc/');

/**
 * Lints `code` as if it were the file at `path` (which need not exist) with the rules that the repository's
 * eslint.config.js gives that path and `pick` selects (by default the import zones). Only those rules run:
 * the type-checked rules need the file on disk inside a tsconfig, and a zone is a matter of the path and
 * the import string alone.
 */
async function zoneErrors(path: string, code: string, pick = isZoneRule): Promise<string[]> {
  const filePath = `${root}${path}`;
  const config = (await project.calculateConfigForFile(filePath)) as Linter.Config;
  const rules = Object.fromEntries(Object.entries(config.rules ?? {}).filter(([name]) => pick(name)));
  const zonesOnly = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts', '**/*.tsx'],
        languageOptions: { parser: tseslint.parser },
        plugins: {
          '@typescript-eslint': tseslint.plugin,
          ...(config.plugins?.cxc && { cxc: config.plugins.cxc }),
        },
        rules,
      },
    ],
  });
  const [result] = await zonesOnly.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

const importing = (specifier: string) =>
  `import { thing } from '${specifier}';\nexport const used = thing;\n`;

describe('BFF building blocks never reach up', () => {
  const blocks = ['db', 'crypto', 'errors', 'config', 'zoho', 'tokens', 'audit'];
  const upper = ['services/zoho/x.ts', 'routes/index.ts', 'jobs/start-engine.ts', 'automation/run/x.ts'];
  it.each(blocks.flatMap((block) => upper.map((target) => [block, target] as const)))(
    '%s/ importing %s is a zone error',
    async (block, target) => {
      const errors = await zoneErrors(`apps/bff/src/${block}/zone-fixture.ts`, importing(`../${target}`));
      expect(errors).toEqual([expect.stringContaining(`${block}/ is a building block`)]);
    },
  );

  it('catches a lazy import() as well', async () => {
    const code = "export const later = () => import('../services/zoho/x.ts');\n";
    const errors = await zoneErrors('apps/bff/src/tokens/zone-fixture.ts', code);
    expect(errors).toEqual([expect.stringContaining('tokens/ is a building block')]);
  });

  it('lets a building block import another building block', async () => {
    expect(await zoneErrors('apps/bff/src/tokens/zone-fixture.ts', importing('../zoho/runtime.ts'))).toEqual(
      [],
    );
  });
});

describe('upper BFF layers', () => {
  it('refuses routes/ in services/, however deep', async () => {
    const errors = await zoneErrors(
      'apps/bff/src/services/zoho/deep/fixture.ts',
      importing('../../../routes/x.ts'),
    );
    expect(errors).toEqual([expect.stringContaining('services/ never import routes/')]);
  });

  it('refuses routes/ in automation/', async () => {
    const errors = await zoneErrors('apps/bff/src/automation/run/fixture.ts', importing('../../routes/x.ts'));
    expect(errors).toEqual([expect.stringContaining('automation/ never imports routes/')]);
  });

  it('lets routes import services', async () => {
    expect(
      await zoneErrors('apps/bff/src/routes/zoho/fixture.ts', importing('../../services/zoho/x.ts')),
    ).toEqual([]);
  });
});

describe('packages never import apps', () => {
  it.each([
    ['packages/shared/src/domain/fixture.ts', '../../../../apps/bff/src/app.ts'],
    ['packages/shared/src/api/fixture.ts', '@cxc/bff/app'],
    ['packages/shared/src/api/fixture.ts', '@cxc/zoho-sim'],
    ['packages/zoho-sim/src/crm/fixture.ts', '../../../../apps/web/src/main.tsx'],
    ['packages/zoho-sim/src/crm/fixture.ts', '@cxc/web'],
  ])('%s importing %s is a zone error', async (path, specifier) => {
    expect(await zoneErrors(path, importing(specifier))).toEqual([expect.stringContaining('never import')]);
  });
});

describe('the simulator stays out of production', () => {
  it('refuses @cxc/zoho-sim in production BFF code', async () => {
    const errors = await zoneErrors('apps/bff/src/services/zoho/fixture.ts', importing('@cxc/zoho-sim'));
    expect(errors).toEqual([expect.stringContaining('The simulator is not part of production')]);
  });

  it.each(['apps/bff/src/dev/fixture.ts', 'apps/bff/src/routes/zoho/fixture.integration.test.ts'])(
    'allows it in %s',
    async (path) => {
      expect(await zoneErrors(path, importing('@cxc/zoho-sim'))).toEqual([]);
    },
  );

  it('keeps the layer zone of a building block while adding the simulator zone', async () => {
    const code = `${importing('@cxc/zoho-sim')}import { other } from '../services/x.ts';\nexport const also = other;\n`;
    expect(await zoneErrors('apps/bff/src/zoho/fixture.ts', code)).toHaveLength(2);
  });
});

it('keeps web features apart (the existing feature zones)', async () => {
  const errors = await zoneErrors(
    'apps/web/src/features/activity/fixture.ts',
    importing('@/features/agent-panel/x'),
  );
  expect(errors).toEqual([expect.stringContaining('Features must not import other features')]);
});

describe('web features never import each other by relative path', () => {
  it.each([
    ['apps/web/src/features/activity/fixture.ts', '../agent-panel/x'],
    ['apps/web/src/features/activity/components/deep/fixture.tsx', '../../../dry-run/components/x'],
    ['apps/web/src/features/activity/fixture.ts', '../../app/router'],
  ])('%s importing %s is a zone error', async (path, specifier) => {
    expect(await zoneErrors(path, importing(specifier))).toEqual([
      expect.stringContaining('by relative path either'),
    ]);
  });

  it('catches a re-export and a lazy import() as well', async () => {
    const code = "export * from '../agent-panel/x';\nexport const later = () => import('../dry-run/y');\n";
    expect(await zoneErrors('apps/web/src/features/activity/fixture.ts', code)).toHaveLength(2);
  });

  it.each([
    ['apps/web/src/features/activity/components/fixture.tsx', '../hooks/use-x'],
    ['apps/web/src/features/activity/components/fixture.tsx', '../../../lib/x'],
    ['apps/web/src/features/activity/fixture.ts', './activity-log'],
  ])('lets %s import %s (its own feature or a shared layer)', async (path, specifier) => {
    expect(await zoneErrors(path, importing(specifier))).toEqual([]);
  });
});

describe('automation functions stay within 80 lines', () => {
  const sizeOnly = (name: string) => name === 'max-lines-per-function';
  const body = (lines: number) =>
    `export function step(): number {\n  let n = 0;\n${'  n += 1;\n'.repeat(lines - 4)}  return n;\n}\n`;

  it('refuses an 81-line function in automation/, tests included', async () => {
    for (const path of [
      'apps/bff/src/automation/run/fixture.ts',
      'apps/bff/src/automation/run/fixture.test.ts',
    ]) {
      expect(await zoneErrors(path, body(81), sizeOnly)).toEqual([
        expect.stringContaining('too many lines (81). Maximum allowed is 80'),
      ]);
    }
  });

  it('takes 80 lines, and does not count blank lines and comments', async () => {
    const padded = body(80).replace('  return n;', '\n  // why it returns n\n\n  return n;');
    expect(await zoneErrors('apps/bff/src/automation/run/fixture.ts', padded, sizeOnly)).toEqual([]);
  });

  it('leaves the rest of the BFF to review', async () => {
    expect(await zoneErrors('apps/bff/src/routes/fixture.ts', body(81), sizeOnly)).toEqual([]);
  });
});
