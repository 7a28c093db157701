import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useI18n } from '../../lib/i18n';
import { trpc } from '../../lib/trpc';

/** The heading of a printed document: project codes, fund and objectives, then the document's own title. */
export function DocumentHeader({ title, children }: { title: string; children?: ReactNode }) {
  const { pick } = useI18n();
  const project = useQuery(trpc.project.get.queryOptions());
  const p = project.data;
  return (
    <header className="doc-header">
      {p && (
        <>
          <p className="doc-codes">
            {[p.code, pick(p.fund, p.fundEn), ...p.objectives.map((o) => o.code)].join(' · ')}
          </p>
          <p className="doc-project">
            <strong>{p.acronym}</strong> — {p.title}
          </p>
        </>
      )}
      <h1>{title}</h1>
      {children}
    </header>
  );
}
