import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { StatusMessage } from '../../components/form/FormFeedback';
import { WebLink } from '../../components/WebLink';
import { useI18n } from '../../lib/i18n';
import { isCoordinator } from '../../lib/permissions';
import { useMe } from '../../lib/session';
import { trpc } from '../../lib/trpc';

const SettingsForm = lazy(() => import('./SettingsForm'));

/** What the lead partner has stated (or that it has not yet): shown on the accessibility and privacy pages. */
export function SiteFacts({ page }: { page: 'accessibility' | 'privacy' }) {
  const { t, formatDate } = useI18n();
  const s = t.settings;
  const settings = useQuery(trpc.settings.get.queryOptions());
  const me = useMe();
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState('');
  const d = settings.data;
  if (!d) return null;
  const unset = <span className="muted">{s.notSet}</span>;
  const mail = (address: string | null) => (address ? <a href={`mailto:${address}`}>{address}</a> : unset);
  return (
    <section className="site-facts" aria-labelledby={`facts-${page}`}>
      {page === 'accessibility' ? (
        <>
          <h2 id={`facts-${page}`}>{s.feedbackTitle}</h2>
          <p>{s.feedbackIntro}</p>
          <dl className="facts">
            <dt>{s.accessibilityEmail}</dt>
            <dd>{mail(d.accessibilityEmail)}</dd>
            <dt>{s.statementUrl}</dt>
            <dd>{d.accessibilityStatementUrl ? <WebLink href={d.accessibilityStatementUrl} /> : unset}</dd>
          </dl>
          <p>
            {s.agidIntro}{' '}
            <a href="https://form.agid.gov.it/" rel="external">
              {s.agidForm}
            </a>
          </p>
        </>
      ) : (
        <>
          <h2 id={`facts-${page}`}>{s.controllerTitle}</h2>
          <dl className="facts">
            <dt>{s.privacyController}</dt>
            <dd>{d.privacyController ?? unset}</dd>
            <dt>{s.privacyDpo}</dt>
            <dd>{d.privacyDpo ?? unset}</dd>
            <dt>{s.privacyEmail}</dt>
            <dd>{mail(d.privacyEmail)}</dd>
          </dl>
        </>
      )}
      {d.version > 1 && <p className="muted small">{s.updatedOn(formatDate(d.updatedAt))}</p>}
      <StatusMessage message={status} />
      {isCoordinator(me.data ?? null) &&
        (editing ? (
          <Suspense fallback={null}>
            <SettingsForm
              settings={d}
              onDone={(message) => {
                setEditing(false);
                setStatus(message);
              }}
            />
          </Suspense>
        ) : (
          <button type="button" className="btn btn-outline" onClick={() => setEditing(true)}>
            {s.edit}
          </button>
        ))}
    </section>
  );
}
