import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint step of `npm test` holds the house's boundaries: each case below is a break it must refuse.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('import boundaries', () => {
  it('refuses a feature importing another feature', async () => {
    const rules = await ruleIds(
      'client/src/features/map/Probe.tsx',
      "import { EventsPage } from '../events/EventsPage';\nexport const probe = EventsPage;\n",
    );
    expect(rules).toContain('no-restricted-imports');
  });

  it('refuses a feature importing another feature from a subfolder, or through features/', async () => {
    const deep = "import { RegisterPage } from '../../register/RegisterPage';\nexport const probe = RegisterPage;\n";
    const viaFeatures = "import { EventsPage } from '../../features/events/EventsPage';\nexport const probe = EventsPage;\n";
    expect(await ruleIds('client/src/features/dashboard/components/Probe.tsx', deep)).toContain('no-restricted-imports');
    expect(await ruleIds('client/src/features/map/Probe.tsx', viaFeatures)).toContain('no-restricted-imports');
  });

  it('refuses a feature importing a server value, not a server type', async () => {
    const value = "import { appRouter } from '../../../../server/router';\nexport const p = appRouter;\n";
    const type = "import type { AppRouter } from '../../../../server/router';\nexport type P = AppRouter;\n";
    expect(await ruleIds('client/src/features/events/Probe.tsx', value)).toContain('no-restricted-imports');
    expect(await ruleIds('client/src/features/events/Probe.tsx', type)).not.toContain('no-restricted-imports');
  });

  it('lets a feature import its own files, components/ and lib/', async () => {
    const rules = await ruleIds(
      'client/src/features/map/Probe.tsx',
      "import { MapLegend } from './MapLegend';\nimport { QueryState } from '../../components/QueryState';\nexport const probe = [MapLegend, QueryState];\n",
    );
    expect(rules).not.toContain('no-restricted-imports');
  });

  it('refuses shared/ importing the server or the client', async () => {
    expect(await ruleIds('shared/probe.ts', "import { appRouter } from '../server/router';\nexport const p = appRouter;\n")).toContain(
      'no-restricted-imports',
    );
    expect(await ruleIds('shared/probe.ts', "import { trpc } from '../client/src/lib/trpc';\nexport const p = trpc;\n")).toContain(
      'no-restricted-imports',
    );
  });

  it('lets the client import the server’s types only', async () => {
    const value = "import { appRouter } from '../../../server/router';\nexport const p = appRouter;\n";
    const type = "import type { AppRouter } from '../../../server/router';\nexport type P = AppRouter;\n";
    expect(await ruleIds('client/src/lib/probe.ts', value)).toContain('no-restricted-imports');
    expect(await ruleIds('client/src/lib/probe.ts', type)).not.toContain('no-restricted-imports');
  });

  it('refuses components/ and lib/ importing app/', async () => {
    const rules = await ruleIds(
      'client/src/components/Probe.tsx',
      "import { Layout } from '../app/Layout';\nexport const probe = Layout;\n",
    );
    expect(rules).toContain('no-restricted-imports');
  });

  it('refuses an import cycle', async () => {
    // no-cycle follows imports on disk: two real files, removed afterwards.
    const dir = path.resolve('client/src/features/map/cycle-probe');
    fs.mkdirSync(dir, { recursive: true });
    try {
      fs.writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b';\nexport const a = () => b;\n");
      fs.writeFileSync(path.join(dir, 'b.ts'), "import { a } from './a';\nexport const b = () => a;\n");
      const results = await eslint.lintFiles([path.join(dir, 'a.ts'), path.join(dir, 'b.ts')]);
      for (const result of results) expect(result.messages.map((m) => m.ruleId)).toContain('import-x/no-cycle');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a refusal built without an error code', async () => {
    const rules = await ruleIds(
      'server/partners/probe.ts',
      "import { TRPCError } from '@trpc/server';\nexport const fail = () => { throw new TRPCError({ code: 'NOT_FOUND', message: 'x' }); };\n",
    );
    expect(rules).toContain('no-restricted-syntax');
  });

  it('refuses effects that copy props into state', async () => {
    const rules = await ruleIds(
      'client/src/components/Probe.tsx',
      "import { useEffect, useState } from 'react';\nexport function Probe({ v }: { v: string }) {\n  const [s, setS] = useState(v);\n  useEffect(() => setS(v), [v]);\n  return s;\n}\n",
    );
    expect(rules).toContain('react-hooks/set-state-in-effect');
  });
});
