import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmButton } from '../../../components/form/ConfirmButton';
import { ActionAlert, StatusMessage, useActionFeedback } from '../../../components/form/FormFeedback';
import { QueryState } from '../../../components/QueryState';
import { RequireUser } from '../../../components/RequireUser';
import { useDocumentTitle } from '../../../lib/i18n';
import { queryClient, trpc } from '../../../lib/trpc';
import { useEventEditI18n } from '../text';
import { EventForm } from './EventForm';
import type { EditableEvent } from './event-edit-types';
import '../events.css';

/** `/events/new` and `/events/:slug/edit`: coordinators create and edit events. */
export function EventEditPage() {
  const { slug } = useParams();
  const { t } = useEventEditI18n();
  useDocumentTitle(slug ? t.eventEdit.editAction : t.eventEdit.newTitle);
  return (
    <RequireUser min="coordinator">
      {(me) => <div className="container narrow event-edit-page">{slug ? <EditEvent slug={slug} userId={me.id} /> : <NewEvent userId={me.id} />}</div>}
    </RequireUser>
  );
}

function NewEvent({ userId }: { userId: number }) {
  const { t, to } = useEventEditI18n();
  const navigate = useNavigate();
  return (
    <>
      <nav aria-label={t.common.breadcrumb} className="breadcrumb">
        <Link to={to('/events')}><span className="dir-arrow" aria-hidden="true">←</span> {t.eventEdit.backToList}</Link>
      </nav>
      <h1>{t.eventEdit.newTitle}</h1>
      <p className="lead-text">{t.eventEdit.newIntro}</p>
      <EventForm
        userId={userId}
        onCancel={() => navigate(to('/events'))}
        onSaved={(saved, message) => navigate(to(`/events/${saved.slug}`), { state: { status: message } })}
      />
    </>
  );
}

function EditEvent({ slug, userId }: { slug: string; userId: number }) {
  const { t, to } = useEventEditI18n();
  const navigate = useNavigate();
  const event = useQuery(trpc.events.forEdit.queryOptions({ slug }, { retry: false }));
  return (
    <>
      <nav aria-label={t.common.breadcrumb} className="breadcrumb">
        <Link to={to(`/events/${slug}`)}><span className="dir-arrow" aria-hidden="true">←</span> {t.eventEdit.back}</Link>
      </nav>
      <QueryState
        query={event}
        notFound={
          <div>
            <h1>{t.common.notFoundTitle}</h1>
            <p>{t.events.notFound}</p>
          </div>
        }
      >
        {(e) => (
          <>
            <h1>{t.eventEdit.editTitle(e.titleIt)}</h1>
            {/* A new copy of the form for each saved version, so that a reload shows what others saved. */}
            <EventForm
              key={e.version}
              event={e}
              userId={userId}
              onCancel={() => navigate(to(`/events/${slug}`))}
              onSaved={(saved, message) => navigate(to(`/events/${saved.slug}`), { state: { status: message } })}
            />
            <DeleteEvent event={e} />
          </>
        )}
      </QueryState>
    </>
  );
}

/** Deletion, for an event never held and with no register line; the others are cancelled instead. */
function DeleteEvent({ event }: { event: EditableEvent }) {
  const { t, to } = useEventEditI18n();
  const navigate = useNavigate();
  const [status, setStatus] = useState('');
  const { feedback, run } = useActionFeedback(setStatus);
  const remove = useMutation(trpc.events.delete.mutationOptions());
  return (
    <section className="card event-delete" aria-labelledby="event-delete-title">
      <h2 id="event-delete-title" className="h5">
        {t.eventEdit.deleteLabel}
      </h2>
      {event.deletable ? (
        <ConfirmButton
          label={t.eventEdit.deleteLabel}
          question={t.eventEdit.deleteQuestion(event.titleIt)}
          confirmLabel={t.eventEdit.deleteConfirm}
          onConfirm={() =>
            run(async () => {
              await remove.mutateAsync({ id: event.id, version: event.version });
              queryClient.removeQueries(trpc.events.forEdit.queryFilter({ slug: event.slug }));
              queryClient.removeQueries(trpc.events.bySlug.queryFilter({ slug: event.slug }));
              navigate(to('/events'), { state: { status: t.eventEdit.deleted(event.titleIt) } });
            }, t.eventEdit.deleted(event.titleIt))
          }
        />
      ) : (
        <p>{t.eventEdit.notDeletable}</p>
      )}
      <ActionAlert feedback={feedback} />
      <StatusMessage message={status} />
    </section>
  );
}
