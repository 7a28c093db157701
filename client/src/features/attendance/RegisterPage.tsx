import './register.css';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { inferRouterOutputs } from '@trpc/server';
import { Link, useParams } from 'react-router';
import type { AppRouter } from '../../../../server/router';
import { eventStatusLabels } from '@shared/enums';
import { LeaveGuard } from '../../components/form/DraftStatus';
import { QueryState } from '../../components/QueryState';
import { RequireUser } from '../../components/RequireUser';
import type { Me } from '../../lib/api-types';
import { useErrorText } from '../../lib/errors';
import { errorText, isStaleSave } from '../../lib/form-errors';
import { draftKey, readDraft, removeDraft, writeDraft } from '../../lib/drafts';
import { useDocumentTitle } from '../../lib/i18n';
import { useKeepAlive } from '../../lib/keep-alive';
import { withReauth } from '../../lib/reauth';
import { signedInEmail } from '../../lib/session';
import { queryClient, trpc } from '../../lib/trpc';
import { ImportPanel } from './ImportPanel';
import { InviteOrganization } from './InviteOrganization';
import { RemoveOrganization } from './RemoveOrganization';
import { OwnLineForm } from './OwnLineForm';
import { edit, rebase, tally, toRecordLines, type Drafts, type LineDraft, type RegisterLine } from './register-draft';
import { RegisterGrid, RegisterTable } from './RegisterGrid';
import { useAttendanceI18n } from './text';

/** `/events/:slug/register`: the attendance register of an event, for signed-in members. */
export function RegisterPage() {
  const { slug = '' } = useParams();
  return <RequireUser min="viewer">{(me) => <EventRegister slug={slug} me={me} />}</RequireUser>;
}

function EventRegister({ slug, me }: { slug: string; me: Me }) {
  const event = useQuery(trpc.events.bySlug.queryOptions({ slug }));
  return (
    <div className="container register-page">
      <QueryState query={event} notFound={<NotFoundEvent />}>
        {(e) => <Register eventId={e.id} slug={slug} me={me} />}
      </QueryState>
    </div>
  );
}

function NotFoundEvent() {
  const { t, to } = useAttendanceI18n();
  useDocumentTitle(t.register.title);
  return (
    <>
      <h1>{t.register.title}</h1>
      <p>{t.register.notFound}</p>
      <p>
        <Link to={to('/events')}>{t.register.allEvents}</Link>
      </p>
    </>
  );
}

type RegisterData = inferRouterOutputs<AppRouter>['attendance']['register'];

function Register({ eventId, slug, me }: { eventId: number; slug: string; me: Me }) {
  const register = useQuery(trpc.attendance.register.queryOptions({ eventId }));
  return <QueryState query={register}>{(data) => <RegisterView data={data} slug={slug} me={me} />}</QueryState>;
}

type Notice = { kind: 'success' | 'error' | 'info'; text: string; detail?: string; undo?: Drafts };

function RegisterView({ data, slug, me }: { data: RegisterData; slug: string; me: Me }) {
  const { t, to, pick, label, formatDate, formatWhen } = useAttendanceI18n();
  const errorTexts = useErrorText();
  const { event } = data;
  const title = pick(event.titleIt, event.titleEn);
  useDocumentTitle(t.register.titleFor(title));
  const legendId = useId();
  const lines = data.lines as RegisterLine[];
  // Unsaved lines live in the browser too (per account and event): a reload, a closed tab or an
  // ended session gives them back.
  const storageKey = draftKey(me.id, `register:${event.id}`);
  const [stored] = useState(() => readDraft<Drafts>(storageKey));
  const [drafts, setDrafts] = useState<Drafts>(() => stored?.values ?? {});
  const [notice, setNotice] = useState<Notice | null>(() =>
    stored && Object.keys(stored.values).length
      ? { kind: 'info', text: t.register.draftRestored(Object.keys(stored.values).length, formatDate(stored.savedAt, { dateStyle: 'medium', timeStyle: 'short' })) }
      : null,
  );
  useEffect(() => {
    if (Object.keys(drafts).length) writeDraft(storageKey, drafts);
    else removeDraft(storageKey);
  }, [storageKey, drafts]);
  const [live, setLive] = useState('');
  const invalidate = useCallback(
    () => queryClient.invalidateQueries(trpc.attendance.register.queryFilter({ eventId: event.id })),
    [event.id],
  );

  const changes = useMemo(() => toRecordLines(lines, drafts), [lines, drafts]);
  const counts = useMemo(() => tally(lines, drafts), [lines, drafts]);
  const invitedIds = useMemo(() => new Set(lines.map((l) => l.organizationId)), [lines]);

  // After every reload keep only the drafts still based on what is shown: lines others changed meanwhile show their data.
  const draftsRef = useRef(drafts);
  draftsRef.current = drafts;
  const pendingConflict = useRef(false);
  useEffect(() => {
    const { drafts: kept, dropped } = rebase(lines, draftsRef.current);
    setDrafts(kept);
    if (!pendingConflict.current) return;
    pendingConflict.current = false;
    setNotice({
      kind: 'error',
      text: t.register.conflict,
      detail: [
        dropped.length ? t.register.conflictDropped(dropped.map((l) => l.shortName).join(', ')) : '',
        Object.keys(kept).length ? t.register.conflictKept : '',
      ]
        .filter(Boolean)
        .join(' '),
    });
  }, [lines, t]);

  useEffect(() => {
    if (changes.length === 0) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [changes.length]);

  const changesRef = useRef(changes);
  changesRef.current = changes;
  useKeepAlive(changes.length > 0);
  const record = useMutation(trpc.attendance.record.mutationOptions());
  const save = async () => {
    if (record.isPending) return;
    if (changes.length === 0) {
      setNotice({ kind: 'info', text: t.register.nothingToSave });
      return;
    }
    const lines = changes;
    try {
      // An ended session asks to sign in again over the page, then the same save goes through.
      const result = await withReauth(() => record.mutateAsync({ eventId: event.id, lines }), signedInEmail);
      setDrafts({});
      changesRef.current = [];
      setNotice({ kind: 'success', text: t.register.saved(result.saved) });
      await invalidate();
    } catch (error) {
      if (isStaleSave(error)) {
        pendingConflict.current = true;
        await invalidate();
      } else {
        setNotice({ kind: 'error', text: t.register.saveFailed, detail: errorText(error, errorTexts) });
      }
    }
  };
  const revert = () => {
    if (changes.length === 0) return;
    setNotice({ kind: 'info', text: t.register.reverted(changes.length), undo: drafts });
    setDrafts({});
  };
  const onEdit = (line: RegisterLine, patch: Omit<LineDraft, 'baseVersion'>) => {
    setDrafts((d) => edit(line, d, patch));
    if (notice?.kind !== 'error') setNotice(null);
  };

  const invite = useMutation(trpc.attendance.invite.mutationOptions());
  const inviteOrganizations = (organizationIds: number[] | undefined, done: (n: number) => string) =>
    invite.mutate(
      { eventId: event.id, organizationIds },
      {
        onSuccess: async (result) => {
          setNotice({ kind: 'success', text: done(result.invited) });
          await invalidate();
        },
        onError: (error) => setNotice({ kind: 'error', text: errorText(error, errorTexts) }),
      },
    );

  const remove = useMutation(trpc.attendance.remove.mutationOptions());
  const removeLine = async (line: RegisterLine) => {
    try {
      await withReauth(
        () => remove.mutateAsync({ eventId: event.id, organizationId: line.organizationId, version: line.version }),
        signedInEmail,
      );
      setDrafts((d) => Object.fromEntries(Object.entries(d).filter(([id]) => Number(id) !== line.organizationId)));
      setNotice({ kind: 'success', text: t.register.remove.done(line.name) });
    } catch (error) {
      setNotice({ kind: 'error', text: errorText(error, errorTexts) });
    }
    await invalidate();
  };

  const own = me.organizationId !== null ? lines.find((l) => l.organizationId === me.organizationId) : undefined;
  const bodyName = event.bodyNameIt ? pick(event.bodyNameIt, event.bodyNameEn ?? '') : null;

  return (
    <>
      <p className="breadcrumb">
        <Link to={to(`/events/${slug}`)}><span className="dir-arrow" aria-hidden="true">←</span> {t.register.backToEvent}</Link>
        <LeaveGuard when={() => changesRef.current.length > 0} />
      </p>
      <header className="register-header">
        <p className="profile-kicker">{t.register.title}</p>
        <h1>{title}</h1>
        <dl className="facts">
          <dt>{t.register.when}</dt>
          <dd>{formatWhen(event, 'full')}</dd>
          {bodyName && (
            <>
              <dt>{t.register.body}</dt>
              <dd>{bodyName}</dd>
            </>
          )}
          <dt>{t.register.eventStatus}</dt>
          <dd>{label(eventStatusLabels, event.status)}</dd>
        </dl>
        {event.status === 'cancelled' && <p className="callout">{t.register.cancelledNote}</p>}
        {event.status === 'planned' && <p className="small muted">{t.register.plannedNote}</p>}
      </header>

      <section aria-label={t.register.summaryLabel}>
        <ul className="register-summary">
          <li>
            <span className="summary-value">{counts.invited}</span> {t.register.summary.invited}
          </li>
          <li className="summary-present">
            <span className="summary-value">{counts.present}</span> {t.register.summary.present}
          </li>
          <li className="summary-absent">
            <span className="summary-value">{counts.absent}</span> {t.register.summary.absent}
          </li>
          <li className="summary-excused">
            <span className="summary-value">{counts.excused}</span> {t.register.summary.excused}
          </li>
          <li className="summary-pending">
            <span className="summary-value">{counts.pending}</span> {t.register.summary.pending}
          </li>
          <li>
            <span className="summary-value">{counts.people}</span> {t.register.summary.people}
          </li>
        </ul>
      </section>

      {!data.canRecord && event.status !== 'cancelled' && <p className="small muted">{t.register.readOnly}</p>}

      {data.canRecord && lines.length > 0 && <KeyLegend id={legendId} />}

      {lines.length === 0 ? (
        <div className="state">
          <p>{t.register.empty}</p>
          {data.canRecord && <p>{t.register.emptyCoordinator}</p>}
        </div>
      ) : data.canRecord ? (
        <RegisterGrid
          lines={lines}
          drafts={drafts}
          onEdit={onEdit}
          onSave={save}
          onRevert={revert}
          onAnnounce={setLive}
          describedBy={legendId}
        />
      ) : (
        <RegisterTable lines={lines} />
      )}
      <p className="visually-hidden" aria-live="polite">
        {live}
      </p>

      {data.canRecord && (
        <div className={`register-savebar${changes.length ? ' is-dirty' : ''}`} role="region" aria-label={t.register.save}>
          <p className="unsaved-count" aria-live="polite">
            {t.register.unsaved(changes.length)}
          </p>
          <button type="button" className="btn btn-primary" onClick={save} disabled={record.isPending || changes.length === 0}>
            {record.isPending ? t.register.saving : t.register.save}
          </button>
          <button type="button" className="btn btn-outline" onClick={revert} disabled={changes.length === 0}>
            {t.register.revert}
          </button>
        </div>
      )}
      {notice && (
        <div
          className={`register-notice notice-${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
        >
          <p>{notice.text}</p>
          {notice.detail && <p>{notice.detail}</p>}
          {notice.undo && (
            <button
              type="button"
              className="btn btn-link"
              onClick={() => {
                setDrafts(notice.undo!);
                setNotice(null);
              }}
            >
              {t.register.restore}
            </button>
          )}
        </div>
      )}

      {!data.canRecord && event.status !== 'cancelled' && me.organization && me.role !== 'viewer' && (
        <OwnLineForm
          eventId={event.id}
          organizationName={me.organization.shortName}
          line={own}
          onConfirmed={invalidate}
        />
      )}

      {data.canRecord && (
        <section className="card register-invite">
          {event.bodyId && bodyName && (
            <p>
              <button
                type="button"
                className="btn btn-outline"
                disabled={invite.isPending}
                onClick={() => inviteOrganizations(undefined, t.register.invitedBody)}
              >
                {t.register.inviteBody(bodyName)}
              </button>
            </p>
          )}
          <InviteOrganization
            organizationCount={data.organizationCount}
            invitedIds={invitedIds}
            busy={invite.isPending}
            onInvite={(o) => inviteOrganizations([o.id], () => t.register.invited(o.name))}
          />
          <RemoveOrganization lines={lines} drafts={drafts} onRemove={removeLine} />
        </section>
      )}

      {data.canRecord && (
        <ImportPanel
          eventId={event.id}
          organizations={data.organizations}
          invitedIds={invitedIds}
          hasUnsavedChanges={changes.length > 0}
          onImported={invalidate}
        />
      )}

      {data.imports.length > 0 && (
        <section className="register-imports">
          <h2>{t.register.import.history}</h2>
          <ul>
            {data.imports.map((imp, i) => (
              <li key={i}>
                {t.register.import.historyItem(
                  imp.fileName ?? '—',
                  imp.rows,
                  formatDate(imp.importedAt, { dateStyle: 'medium', timeStyle: 'short' }),
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function KeyLegend({ id }: { id: string }) {
  const { t } = useAttendanceI18n();
  const k = t.register.keys;
  const items: [string[], string][] = [
    [['P'], k.present],
    [['A'], k.absent],
    [['G', 'E'], k.excused],
    [['0–9'], k.digits],
    [['↑', '↓', 'j', 'k'], k.move],
    [['⌫', t.register.deleteKey], k.clear],
    [[t.register.enterKey], k.save],
    [['Esc'], k.revert],
  ];
  return (
    <section className="key-legend" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="key-legend-title">
        {t.register.keysTitle}
      </h2>
      <p id={id} className="visually-hidden">
        {t.register.keysIntro} {items.map(([keys, what]) => `${keys.join(' ')}: ${what}`).join('; ')}.
      </p>
      <dl>
        {items.map(([keys, what]) => (
          <div key={what} className="key-legend-item">
            <dt>
              {keys.map((key) => (
                <kbd key={key}>{key}</kbd>
              ))}
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
