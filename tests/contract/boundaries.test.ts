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
