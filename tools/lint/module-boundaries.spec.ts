import { ESLint, Linter } from 'eslint';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');

let eslint: ESLint;

beforeAll(async () => {
  // Loaded with Node's own require: ESLint would import() it, which Jest's sandbox refuses without VM modules.
  const config: Linter.Config[] = await createRequire(__filename)(join(root, 'eslint.config.js'));
  eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config });
}, 60_000);

async function lint(filePath: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return result.messages;
}

describe('architecture lint rules', () => {
  it('keeps frameworks out of domain/', async () => {
    const messages = await lint(
      'services/x/src/foo/domain/foo.aggregate.ts',
      "import { Injectable } from '@nestjs/common';\nexport const marker = Injectable;\n",
    );

    expect(messages).toEqual([
      expect.objectContaining({
        ruleId: 'no-restricted-imports',
        severity: 2,
        message: expect.stringMatching(/@nestjs\/common/),
      }),
    ]);
  });

  it.each([
    ['services/x/src/foo/domain/foo.aggregate.ts', "import { Repo } from 'typeorm';"],
    ['services/x/src/foo/domain/foo.aggregate.ts', "import { PEOPLE_EVENTS } from '@civil/contracts';"],
    [
      'services/x/src/foo/domain/foo.aggregate.ts',
      "import { FooEntity } from '../infrastructure/foo.orm-entity';",
    ],
    ['services/x/src/foo/domain/rules/bar.rule.ts', "import { FooResolver } from '../../api/foo.resolver';"],
    ['services/x/src/foo/domain/foo.aggregate.ts', "import { readFileSync } from 'node:fs';"],
  ])('refuses %s importing: %s', async (filePath, line) => {
    const messages = await lint(filePath, `${line}\nexport const marker = 1;\n`);

    expect(messages.map((message) => message.ruleId)).toContain('no-restricted-imports');
  });

  it('lets domain/ import its own files and pure packages', async () => {
    const messages = await lint(
      'services/x/src/foo/domain/rules/bar.rule.ts',
      "import { Foo } from '../foo.aggregate';\nimport { randomUUID } from 'node:crypto';\nexport const marker = [Foo, randomUUID];\n",
    );

    expect(messages).toEqual([]);
  });

  // Needs the Nx project graph (eslint.config.js builds it) and the services' project.json files with their tags.
  it.each([
    ['a relative path', '../../vacancies/src/app', /relative or absolute path/],
    ['the baseUrl', 'services/vacancies/src/app', /Imports of apps are forbidden/],
  ])('refuses one service importing another through %s', async (_how, source, reason) => {
    const messages = await lint(
      'services/people/src/boundary-probe.ts',
      `import { createVacanciesApp } from '${source}';\nexport const marker = createVacanciesApp;\n`,
    );

    expect(messages).toEqual([
      expect.objectContaining({
        ruleId: '@nx/enforce-module-boundaries',
        severity: 2,
        message: expect.stringMatching(reason),
      }),
    ]);
  });

  it('refuses contracts depending on anything of ours', async () => {
    const messages = await lint(
      'libs/contracts/src/boundary-probe.ts',
      // @civil/testing, as it does not depend on contracts: messaging would be reported as a cycle instead.
      "import { expectEventually } from '@civil/testing';\nexport const marker = expectEventually;\n",
    );

    expect(messages).toEqual([
      expect.objectContaining({
        ruleId: '@nx/enforce-module-boundaries',
        message: expect.stringMatching(/type:contracts/),
      }),
    ]);
  });
});
