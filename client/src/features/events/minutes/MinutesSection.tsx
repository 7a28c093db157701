import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { actionCreateInput, decisionCreateInput, minutesReopenInput, minutesSaveInput } from '@shared/schemas/minutes';
import { ActionTable } from '../../../components/actions/ActionTable';
import { ConfirmButton } from '../../../components/form/ConfirmButton';
import { DraftStatus } from '../../../components/form/DraftStatus';
import { SelectField, TextAreaField, TextField } from '../../../components/form/Field';
import {
  ActionAlert,
  FormAlert,
  StatusMessage,
  SubmitButton,
  saveChecked,
  useActionFeedback,
  useFormFeedback,
} from '../../../components/form/FormFeedback';
import { useFormValues } from '../../../components/form/useFormValues';
import { QueryState } from '../../../components/QueryState';
import type { Me } from '../../../lib/api-types';
import { draftKey } from '../../../lib/drafts';
import { useErrorText } from '../../../lib/errors';
import { validate } from '../../../lib/form-errors';
import { isCoordinator } from '../../../lib/permissions';
import { trpc } from '../../../lib/trpc';
import { useEventEditI18n } from '../text';

type MinutesData = ReturnType<typeof useMinutes>['data'] & object;
const useMinutes = (eventId: number) => useQuery(trpc.minutes.forEvent.queryOptions({ eventId }));

/** For signed-in members: the minutes, decisions and action items of an event. */
export default function MinutesSection({ eventId, me }: { eventId: number; me: Me }) {
  const { t } = useEventEditI18n();
  const m = t.minutes;
  const minutes = useMinutes(eventId);
  return (
    <section className="card minutes-section" aria-labelledby="minutes-title">
      <h2 id="minutes-title">{m.title}</h2>
      <QueryState query={minutes}>
        {(data) =>
          data.eventStatus !== 'held' ? (
            <p className="muted">{m.notHeld}</p>
          ) : (
            <>
              <h3>{m.minutesTitle}</h3>
              {data.canEdit && data.minutes?.status !== 'approved' ? (
                <MinutesEditor eventId={eventId} me={me} data={data} />
              ) : (
                <MinutesView eventId={eventId} data={data} />
              )}
              <Decisions eventId={eventId} data={data} />
              <Actions eventId={eventId} data={data} me={me} />
            </>
          )
        }
      </QueryState>
    </section>
  );
}

/** Approved minutes as text (never HTML), with who approved them; coordinators may reopen them. */
function MinutesView({ eventId, data }: { eventId: number; data: MinutesData }) {
  const { t, pick, locale, formatDate } = useEventEditI18n();
  const m = t.minutes;
  const minutes = data.minutes;
  if (!minutes) return <p className="muted">{m.none}</p>;
  const text = pick(minutes.textIt, minutes.textEn);
  const when = minutes.approvedAt ? formatDate(minutes.approvedAt, { dateStyle: 'long' }) : '';
  return (
    <>
      <p className="small">{minutes.approvedByName ? m.approvedBy(minutes.approvedByName, when) : m.approvedAt(when)}</p>
      {locale !== 'it' && !minutes.textEn.trim() && <p className="small muted">{m.englishMissing}</p>}
      <div className="minutes-text" lang={locale !== 'it' && !minutes.textEn.trim() ? 'it' : undefined}>
        {text}
      </div>
      {data.canEdit && <ReopenForm eventId={eventId} version={minutes.version} />}
    </>
  );
}

function ReopenForm({ eventId, version }: { eventId: number; version: number }) {
  const { t } = useEventEditI18n();
  const m = t.minutes;
  const errorTexts = useErrorText();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState('');
  const feedback = useFormFeedback();
  const reopen = useMutation(trpc.minutes.reopen.mutationOptions());
  if (!open) {
    return (
      <p>
        <StatusMessage message={status} />
        <button type="button" className="btn btn-outline btn-sm" onClick={() => setOpen(true)}>
          {m.reopen}
        </button>
      </p>
    );
  }
  return (
    <form
      ref={feedback.formRef}
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void saveChecked(
          feedback,
          validate(minutesReopenInput, { eventId, version, reason }, errorTexts),
          (input) => reopen.mutateAsync(input),
          () => setStatus(m.reopened),
        );
      }}
    >
      <TextField label={m.reopenReason} hint={m.reopenReasonHint} value={reason} onValue={setReason} error={feedback.errors.reason} required />
      <FormAlert feedback={feedback} />
      <div className="form-actions">
        <SubmitButton pending={reopen.isPending}>{m.reopenConfirm}</SubmitButton>
        <button type="button" className="btn btn-outline" onClick={() => setOpen(false)}>
          {t.form.cancel}
        </button>
      </div>
    </form>
  );
}

/** Draft minutes, kept in the browser while typed; saved as a draft, then approved. */
function MinutesEditor({ eventId, me, data }: { eventId: number; me: Me; data: MinutesData }) {
  const { t } = useEventEditI18n();
  const m = t.minutes;
  const errorTexts = useErrorText();
  const feedback = useFormFeedback();
  const [status, setStatus] = useState('');
  const saved = data.minutes;
  const { values, set, draft } = useFormValues(
    feedback,
    () => ({ textIt: saved?.textIt ?? '', textEn: saved?.textEn ?? '' }),
    draftKey(me.id, `minutes:${eventId}`),
  );
  const save = useMutation(trpc.minutes.save.mutationOptions());
  const approve = useMutation(trpc.minutes.approve.mutationOptions());
  const approveFeedback = useActionFeedback(setStatus);

  return (
    <>
      {saved && (
        <p>
          <span className="badge">{m.draftBadge}</span>
        </p>
      )}
      <form
        ref={feedback.formRef}
        className="form minutes-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (save.isPending) return;
          void saveChecked(
            feedback,
            validate(minutesSaveInput, { eventId, version: saved?.version, ...values }, errorTexts),
            (input) => save.mutateAsync(input),
            () => {
              draft.saved();
              setStatus(m.saved);
            },
          );
        }}
      >
        <DraftStatus draft={draft} />
        <TextAreaField label={m.textIt} hint={m.textHint} rows={12} value={values.textIt} onValue={set('textIt')} error={feedback.errors.textIt} lang="it" />
        <TextAreaField label={m.textEn} rows={8} value={values.textEn} onValue={set('textEn')} error={feedback.errors.textEn} lang="en" />
        <FormAlert feedback={feedback} />
        <div className="form-actions">
          <SubmitButton pending={save.isPending}>{m.saveDraft}</SubmitButton>
        </div>
      </form>
      <StatusMessage message={status} />
      {saved && (
        <div className="minutes-approve">
          <p className="small muted">{draft.dirty ? m.approveSaveFirst : m.approveHint}</p>
          <button
            type="button"
            className="btn btn-primary"
            aria-disabled={draft.dirty || approve.isPending || undefined}
            onClick={() => {
              if (draft.dirty || approve.isPending) return;
              void approveFeedback.run(() => approve.mutateAsync({ eventId, version: saved.version }), m.approved);
            }}
          >
            {m.approve}
          </button>
          <ActionAlert feedback={approveFeedback.feedback} />
        </div>
      )}
    </>
  );
}

function Decisions({ eventId, data }: { eventId: number; data: MinutesData }) {
  const { t, pick, formatDate } = useEventEditI18n();
  const m = t.minutes;
  const [status, setStatus] = useState('');
  const { feedback, run } = useActionFeedback(setStatus);
  const remove = useMutation(trpc.minutes.deleteDecision.mutationOptions());
  return (
    <>
      <h3>{m.decisionsTitle}</h3>
      <StatusMessage message={status} />
      <ActionAlert feedback={feedback} />
      {data.decisions.length === 0 ? (
        <p className="muted">{m.noDecisions}</p>
      ) : (
        <ol className="decision-list">
          {data.decisions.map((d) => (
            <li key={d.id}>
              <time dateTime={d.decidedOn} className="small muted">
                {formatDate(d.decidedOn, { dateStyle: 'medium' })}
              </time>{' '}
              <span>{pick(d.textIt, d.textEn)}</span>
              {data.canEdit && (
                <ConfirmButton
                  label={m.deleteDecision}
                  accessibleLabel={`${m.deleteDecision}: ${d.textIt}`}
                  question={m.deleteDecisionQuestion(d.textIt)}
                  confirmLabel={t.form.delete}
                  onConfirm={() => run(() => remove.mutateAsync({ id: d.id, version: d.version }), m.decisionDeleted)}
                />
              )}
            </li>
          ))}
        </ol>
      )}
      {data.canEdit && <DecisionForm eventId={eventId} onAdded={() => setStatus(m.decisionAdded)} />}
    </>
  );
}

function DecisionForm({ eventId, onAdded }: { eventId: number; onAdded: () => void }) {
  const { t } = useEventEditI18n();
  const m = t.minutes;
  const errorTexts = useErrorText();
  const feedback = useFormFeedback();
  const empty = { textIt: '', textEn: '', decidedOn: '' };
  const { values, set, setValues } = useFormValues(feedback, () => empty);
  const add = useMutation(trpc.minutes.addDecision.mutationOptions());
  return (
    <form
      ref={feedback.formRef}
      className="form decision-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (add.isPending) return;
        void saveChecked(feedback, validate(decisionCreateInput, { eventId, ...values }, errorTexts), (input) => add.mutateAsync(input), () => {
          setValues(empty);
          onAdded();
        });
      }}
    >
      <TextAreaField label={m.decisionText} rows={2} value={values.textIt} onValue={set('textIt')} error={feedback.errors.textIt} lang="it" required />
      <div className="form-grid">
        <TextField label={m.decisionTextEn} value={values.textEn} onValue={set('textEn')} error={feedback.errors.textEn} lang="en" />
        <TextField label={m.decisionDate} hint={m.decisionDateHint} type="date" value={values.decidedOn} onValue={set('decidedOn')} error={feedback.errors.decidedOn} />
      </div>
      <FormAlert feedback={feedback} />
      <div className="form-actions">
        <SubmitButton pending={add.isPending}>{m.addDecision}</SubmitButton>
      </div>
    </form>
  );
}

function Actions({ eventId, data, me }: { eventId: number; data: MinutesData; me: Me }) {
  const { t } = useEventEditI18n();
  const m = t.minutes;
  const actions = useQuery(trpc.actions.list.queryOptions({ eventId }));
  return (
    <>
      <h3>{m.actionsTitle}</h3>
      {!isCoordinator(me) && <p className="small muted">{m.actionsScopeNote}</p>}
      <QueryState query={actions}>{(list) => <ActionTable actions={list} caption={m.actionsCaption} showEvent={false} />}</QueryState>
      {data.canEdit && <ActionForm eventId={eventId} data={data} />}
    </>
  );
}

function ActionForm({ eventId, data }: { eventId: number; data: MinutesData }) {
  const { t, pick } = useEventEditI18n();
  const m = t.minutes;
  const errorTexts = useErrorText();
  const feedback = useFormFeedback();
  const [status, setStatus] = useState('');
  const empty = { titleIt: '', titleEn: '', ownerOrganizationId: '', dueDate: '', decisionId: '' };
  const { values, set, setValues } = useFormValues(feedback, () => empty);
  const organizations = useQuery(trpc.partners.list.queryOptions({}));
  const add = useMutation(trpc.actions.create.mutationOptions());
  return (
    <form
      ref={feedback.formRef}
      className="form action-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (add.isPending) return;
        const input = {
          eventId,
          titleIt: values.titleIt,
          titleEn: values.titleEn,
          ownerOrganizationId: values.ownerOrganizationId ? Number(values.ownerOrganizationId) : undefined,
          dueDate: values.dueDate,
          decisionId: values.decisionId ? Number(values.decisionId) : null,
        };
        void saveChecked(feedback, validate(actionCreateInput, input, errorTexts), (checked) => add.mutateAsync(checked), (saved) => {
          setValues(empty);
          setStatus(m.actionAdded(saved.titleIt));
        });
      }}
    >
      <h4>{m.addActionTitle}</h4>
      <TextField label={m.actionTitle} value={values.titleIt} onValue={set('titleIt')} error={feedback.errors.titleIt} lang="it" required />
      <TextField label={m.actionTitleEn} value={values.titleEn} onValue={set('titleEn')} error={feedback.errors.titleEn} lang="en" />
      <div className="form-grid">
        <SelectField
          label={m.actionOwner}
          value={values.ownerOrganizationId}
          onValue={set('ownerOrganizationId')}
          error={feedback.errors.ownerOrganizationId}
          placeholder={m.choose}
          options={(organizations.data ?? []).map((o) => ({ value: String(o.id), label: o.name }))}
          required
        />
        <TextField label={m.actionDue} type="date" value={values.dueDate} onValue={set('dueDate')} error={feedback.errors.dueDate} />
      </div>
      {data.decisions.length > 0 && (
        <SelectField
          label={m.actionDecision}
          value={values.decisionId}
          onValue={set('decisionId')}
          error={feedback.errors.decisionId}
          placeholder={m.actionDecisionNone}
          options={data.decisions.map((d) => ({ value: String(d.id), label: pick(d.textIt, d.textEn).slice(0, 120) }))}
        />
      )}
      <FormAlert feedback={feedback} />
      <StatusMessage message={status} />
      <div className="form-actions">
        <SubmitButton pending={add.isPending}>{m.addAction}</SubmitButton>
      </div>
    </form>
  );
}
