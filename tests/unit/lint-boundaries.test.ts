/**
 * The layout's boundaries, as ESLint enforces them with the project's own
 * configuration (eslint.config.mjs): a service folder is entered through its
 * index, main/docs reads no database, the renderer and shared/ stay apart
 * from main, a renderer area is entered through its index. Each probe is linted as if it lived at that path.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({
  cwd: process.cwd(),
  // Only the import rule: the probes are not part of the TypeScript project, so type-aware rules cannot run on them.
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
});

async function refused(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.line}: ${m.message}`);
}

describe('import boundaries (eslint.config.mjs)', () => {
  it('an area is entered through its index: from main, from another area, from inside an area\'s own folder; migrations are listed by main/db', async () => {
    expect(await refused('main/probe.ts', "import { a } from './directory/people/rows';\nimport { b } from './directory';\nexport const x = [a, b];\n")).toEqual([
      expect.stringMatching(/^1: .*entered through its index/),
    ]);
    expect(await refused('main/trips/probe.ts', "import { a } from '../delegation/rows';\nimport { b } from '../delegation';\nimport { c } from './service';\nexport const x = [a, b, c];\n")).toEqual([
      expect.stringMatching(/^1: .*entered through its index/),
    ]);
    expect(
      await refused('main/directory/people/probe.ts', "import { a } from '../../trips/service';\nimport { b } from '../../trips';\nimport { c } from './rows';\nimport type { Store } from '../../db/store';\nexport const x = [a, b, c] as unknown as Store;\n"),
    ).toEqual([expect.stringMatching(/^1: .*entered through its index/)]);
    expect(await refused('main/db/probe.ts', "import { a } from '../agenda/service';\nimport { b } from '../agenda/migrations/v3-agenda';\nexport const x = [a, b];\n")).toEqual([
      expect.stringMatching(/^1: .*entered through its index/),
    ]);
  });

  it('main/docs builds from its data only: no database, services or handlers', async () => {
    const messages = await refused(
      'main/docs/probe.ts',
      "import Database from 'better-sqlite3';\nimport type { Store } from '../db/store';\nimport { tripDetail } from '../delegation';\nimport { pack } from './common';\nexport const x = [Database, tripDetail, pack] as unknown as Store;\n",
    );
    expect(messages).toHaveLength(3);
    for (const [i, m] of messages.entries()) expect(m).toMatch(new RegExp(`^${i + 1}: .*DocData only`));
    // Its types from shared/ are the documents' own vocabulary.
    expect(await refused('main/docs/probe.ts', "import type { Trip } from '../../shared/trips/schemas';\nexport type X = Trip;\n")).toEqual([]);
  });

  it('a renderer area is entered through its index: from another area, from App.tsx and components/; its own files and the shared ones stay free', async () => {
    expect(
      await refused('renderer/src/agenda/probe.tsx', "import { a } from '../trips/TripPage';\nimport { b } from '../trips';\nimport { c } from './AgendaSection';\nimport { d } from '../lib/mutate';\nimport { e } from '../components/SectionEmpty';\nimport type { F } from '../../../shared/trips/schemas';\nexport const x = [a, b, c, d, e] as unknown as F;\n"),
    ).toEqual([expect.stringMatching(/^1: .*renderer area is entered through its index/)]);
    expect(await refused('renderer/src/probe.tsx', "import { a } from './backups/health';\nimport { b } from './backups';\nimport { c } from './trips/index';\nexport const x = [a, b, c];\n")).toEqual([
      expect.stringMatching(/^1: .*renderer area is entered through its index/),
    ]);
    expect(await refused('renderer/src/components/probe.tsx', "import { a } from '../directory/personValues';\nimport { b } from '../directory';\nexport const x = [a, b];\n")).toEqual([
      expect.stringMatching(/^1: .*renderer area is entered through its index/),
    ]);
    // An area's stylesheet is its own too (shared styles live in styles/); its own sheet and styles/ stay free.
    expect(await refused('renderer/src/settings/probe.tsx', "import '../trips/trip.css';\nimport './settings.css';\nimport '../styles/rows.css';\nexport const x = 1;\n")).toEqual([
      expect.stringMatching(/^1: .*renderer area is entered through its index/),
    ]);
  });

  it("only the renderer's i18n set-up reaches for an area's texts", async () => {
    expect(await refused('renderer/src/i18n/index.ts', "import a from '../agenda/i18n-agenda.id';\nimport { b } from '../agenda/AgendaSection';\nexport const x = [a, b];\n")).toEqual([
      expect.stringMatching(/^2: .*renderer area is entered through its index/),
    ]);
    expect(await refused('renderer/src/trips/probe.ts', "import a from '../agenda/i18n-agenda.id';\nexport const x = a;\n")).toEqual([
      expect.stringMatching(/^1: .*renderer area is entered through its index/),
    ]);
  });

  it('the renderer reaches main only through the contract, and shared/ depends on nothing of the app', async () => {
    expect(await refused('renderer/src/probe.ts', "import { pack } from '../../main/docs/common';\nexport const x = pack;\n")).toHaveLength(1);
    expect(await refused('shared/probe.ts', "import { api } from '../renderer/src/api/bridge';\nexport const x = api;\n")).toHaveLength(1);
    expect(await refused('main/probe.ts', "import { App } from '../renderer/src/App';\nexport const x = App;\n")).toHaveLength(1);
  });
});
