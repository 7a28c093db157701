import { useQuery } from '@tanstack/react-query';
import { QueryState } from '../../components/QueryState';
import { SourceList } from '../../components/SourceList';
import type { Project } from '../../lib/api-types';
import { useDocumentTitle, useI18n } from '../../lib/i18n';
import { trpc } from '../../lib/trpc';
import { LastUpdated } from '../../components/LastUpdated';

export function ProjectPage() {
  const { t } = useI18n();
  useDocumentTitle(t.project.title);
  const project = useQuery(trpc.project.get.queryOptions());
  return (
    <div className="container narrow">
      <QueryState query={project}>{(p) => <ProjectView project={p} />}</QueryState>
    </div>
  );
}

function ProjectView({ project: p }: { project: Project }) {
  const { t, pick, langOf, itLang, formatDate } = useI18n();
  const date = (iso: string | null, confidence: string | null) =>
    iso ? `${formatDate(iso)}${confidence === 'inferred' ? ` (${t.project.inferred})` : ''}` : t.common.notKnown;
  return (
    <article>
      <p className="profile-kicker">{p.code}</p>
      <h1 lang={itLang}>
        {p.acronym} — <span className="title-expansion">{p.title}</span>
      </h1>
      <dl className="facts facts-wide">
        <dt>{t.project.code}</dt>
        <dd>{p.code}</dd>
        <dt>{t.project.fund}</dt>
        <dd lang={langOf(p.fund, p.fundEn)}>{pick(p.fund, p.fundEn)}</dd>
        <dt>{t.project.authority}</dt>
        <dd lang={itLang}>{p.managingAuthority}</dd>
        <dt>{t.project.period}</dt>
        <dd>
          {date(p.activityStart, p.activityStartConfidence)} – {date(p.activityEnd, p.activityEndConfidence)}
        </dd>
      </dl>
      <section>
        <h2>{t.project.aim}</h2>
        <p lang={langOf(p.aimIt, p.aimEn)}>{pick(p.aimIt, p.aimEn)}</p>
      </section>
      <section>
        <h2>{t.project.objectives}</h2>
        <ul>
          {p.objectives.map((o) => (
            <li key={o.code} lang={langOf(o.it, o.en)}>{pick(o.it, o.en)}</li>
          ))}
        </ul>
      </section>
      <section>
        <h2>{t.project.lines}</h2>
        <ol className="activity-lines">
          {p.activityLines.map((l) => (
            <li key={l.position}>
              <h3 lang={langOf(l.titleIt, l.titleEn)}>{pick(l.titleIt, l.titleEn)}</h3>
              <p lang={langOf(l.descriptionIt, l.descriptionEn)}>{pick(l.descriptionIt, l.descriptionEn)}</p>
              <SourceList sources={l.sources} />
            </li>
          ))}
        </ol>
      </section>
      {p.notesIt && (
        <section>
          <h2>{t.project.notes}</h2>
          <p lang={langOf(p.notesIt, p.notesEn ?? '')}>{pick(p.notesIt, p.notesEn ?? '')}</p>
        </section>
      )}
      <SourceList sources={p.sources} />
      <LastUpdated at={p.lastModified} />
    </article>
  );
}
