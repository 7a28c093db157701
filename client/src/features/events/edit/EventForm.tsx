import { useMutation, useQuery } from '@tanstack/react-query';
import {
  DATE_CONFIDENCES,
  EVENT_MODES,
  EVENT_STATUSES,
  EVENT_TYPES,
  eventModeLabels,
  eventStatusLabels,
  eventTypeLabels,
  type DateConfidence,
  type EventMode,
  type EventStatus,
  type EventType,
} from '@shared/enums';
import { eventStatusProblem, isDateOnly, romeLocalToIso } from '@shared/event-dates';
import { eventCreateInput } from '@shared/schemas/events';
import { DraftStatus } from '../../../components/form/DraftStatus';
import { EditForm } from '../../../components/form/EditForm';
import { CheckboxField, RadioGroup, SelectField, TextAreaField, TextField } from '../../../components/form/Field';
import { saveChecked, useFormFeedback } from '../../../components/form/FormFeedback';
import { useFormValues } from '../../../components/form/useFormValues';
import { draftKey } from '../../../lib/drafts';
import { useErrorText } from '../../../lib/errors';
import { translate, validate } from '../../../lib/form-errors';
import { slugify } from '@shared/slug';
import { trpc } from '../../../lib/trpc';
import { useEventEditI18n } from '../text';
import type { EditableEvent } from './event-edit-types';

type SourceRow = { url: string; title: string };

type Values = {
  slug: string;
  type: string;
  status: string;
  titleIt: string;
  titleEn: string;
  allDay: boolean;
  /** Only the month is known: the days are the first of the start month and the last of the end month. */
  monthOnly: boolean;
  startDay: string;
  startTime: string;
  endDay: string;
  endTime: string;
  dateConfidence: string;
  dateNote: string;
  mode: string;
  place: string;
  onlineUrl: string;
  organizerOrganizationId: string;
  organizerNote: string;
  bodyId: string;
  agendaIt: string;
  agendaEn: string;
  outcomeIt: string;
  outcomeEn: string;
  totalOrganizations: string;
  totalParticipants: string;
  participantsNote: string;
  isPublic: boolean;
  sources: SourceRow[];
};

const str = (v: string | null | undefined) => v ?? '';
const numText = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));
/** "10:00" of a stored Rome date-time ("2031-06-10T10:00:00+02:00"): stored values are Rome wall-clock time. */
const timeOf = (v: string | null) => (v && !isDateOnly(v) ? v.slice(11, 16) : '');

function fromRecord(e?: EditableEvent): Values {
  const allDay = e ? isDateOnly(e.startsAt) : false;
  return {
    slug: str(e?.slug),
    type: e?.type ?? '',
    status: e?.status ?? 'planned',
    titleIt: str(e?.titleIt),
    titleEn: str(e?.titleEn),
    allDay,
    monthOnly: e?.datePrecision === 'month',
    startDay: e ? e.startsAt.slice(0, 10) : '',
    startTime: e ? timeOf(e.startsAt) : '',
    endDay: e?.endsAt && e.endsAt.slice(0, 10) !== e.startsAt.slice(0, 10) ? e.endsAt.slice(0, 10) : '',
    endTime: e ? timeOf(e.endsAt) : '',
    dateConfidence: e?.dateConfidence ?? 'confirmed',
    dateNote: str(e?.dateNote),
    mode: str(e?.mode),
    place: str(e?.place),
    onlineUrl: str(e?.onlineUrl),
    organizerOrganizationId: e?.organizerOrganizationId ? String(e.organizerOrganizationId) : '',
    organizerNote: str(e?.organizerNote),
    bodyId: e?.bodyId ? String(e.bodyId) : '',
    agendaIt: str(e?.agendaIt),
    agendaEn: str(e?.agendaEn),
    outcomeIt: str(e?.outcomeIt),
    outcomeEn: str(e?.outcomeEn),
    totalOrganizations: numText(e?.totalOrganizations),
    totalParticipants: numText(e?.totalParticipants),
    participantsNote: str(e?.participantsNote),
    isPublic: e?.isPublic ?? true,
    sources: (e?.sources ?? []).map((s) => ({ url: s.url, title: s.title ?? '' })),
  };
}

/** A count as typed: empty is "not known"; anything else goes to the schema, which refuses non-numbers. */
const count = (v: string) => (v.trim() === '' ? null : Number(v.trim().replace(/[.\s]/g, '')));
const orNull = (v: string) => (v.trim() === '' ? null : v);

/** Start and end as the server stores them: bare dates for all-day events, else Rome date-times. */
function datesOf(v: Values): { startsAt: string; endsAt: string | null } {
  if (v.monthOnly) return { startsAt: v.startDay, endsAt: v.endDay && v.endDay.slice(0, 7) !== v.startDay.slice(0, 7) ? v.endDay : null };
  if (v.allDay) return { startsAt: v.startDay, endsAt: v.endDay || null };
  const startsAt = v.startDay && v.startTime ? romeLocalToIso(v.startDay, v.startTime) : v.startDay;
  const endDay = v.endDay || v.startDay;
  const endsAt = v.endTime && endDay ? romeLocalToIso(endDay, v.endTime) : v.endDay ? v.endDay : null;
  return { startsAt, endsAt };
}

/** "2022-05" → "2022-05-31": a month-only range ends on its last month's last day. */
function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

const suggestedSlug = (v: Values) => (v.startDay && v.titleIt.trim() ? slugify(`${v.startDay} ${v.titleIt}`) : '');

function toInput(v: Values) {
  return {
    type: v.type as EventType,
    status: v.status as EventStatus,
    titleIt: v.titleIt,
    titleEn: v.titleEn,
    ...datesOf(v),
    dateConfidence: v.dateConfidence as DateConfidence,
    datePrecision: v.monthOnly ? ('month' as const) : ('day' as const),
    dateNote: orNull(v.dateNote),
    mode: (v.mode || null) as EventMode | null,
    place: orNull(v.place),
    onlineUrl: orNull(v.onlineUrl),
    organizerOrganizationId: v.organizerOrganizationId ? Number(v.organizerOrganizationId) : null,
    organizerNote: orNull(v.organizerNote),
    bodyId: v.bodyId ? Number(v.bodyId) : null,
    agendaIt: v.agendaIt,
    agendaEn: v.agendaEn,
    outcomeIt: v.outcomeIt,
    outcomeEn: v.outcomeEn,
    totalOrganizations: count(v.totalOrganizations),
    totalParticipants: count(v.totalParticipants),
    participantsNote: orNull(v.participantsNote),
    isPublic: v.isPublic,
    sources: v.sources
      .filter((s) => s.url.trim() || s.title.trim())
      .map((s) => ({ url: s.url.trim(), ...(s.title.trim() ? { title: s.title.trim() } : {}) })),
  };
}

/**
 * Creates or edits an event: every field of the model, grouped as a coordinator thinks of it.
 * Unsaved work is kept as a draft in the browser (per account and event) and restored on return.
 */
export function EventForm({
  event,
  userId,
  onSaved,
  onCancel,
}: {
  event?: EditableEvent;
  userId: number;
  onSaved: (saved: { slug: string; titleIt: string }, message: string) => void;
  onCancel: () => void;
}) {
  const { t, options, locale, pick } = useEventEditI18n();
  const errorTexts = useErrorText();
  const f = t.eventEdit.fields;
  const s = t.eventEdit.sections;
  const feedback = useFormFeedback();
  const { values, setValues, set, draft } = useFormValues(
    feedback,
    () => fromRecord(event),
    draftKey(userId, event ? `event:${event.id}` : 'event:new'),
  );
  const organizations = useQuery(trpc.partners.list.queryOptions({}));
  const bodies = useQuery(trpc.events.bodies.queryOptions());
  const create = useMutation(trpc.events.create.mutationOptions());
  const update = useMutation(trpc.events.update.mutationOptions());

  const submit = () => {
    const input = toInput(values);
    const slug = event?.slug ?? (values.slug.trim() || suggestedSlug(values));
    const checked = validate(eventCreateInput, { slug, ...input }, errorTexts);
    if (checked.ok) {
      // The status rule of the server, checked here too so the answer sits beside the status field.
      const before = event ? { status: event.status, startsAt: event.startsAt, endsAt: event.endsAt } : null;
      const changed =
        !before || before.status !== input.status || before.startsAt !== checked.data.startsAt || before.endsAt !== (checked.data.endsAt ?? null);
      const problem = changed
        ? eventStatusProblem({ status: input.status, startsAt: checked.data.startsAt, endsAt: checked.data.endsAt ?? null }, (event?.registerLines ?? 0) > 0)
        : null;
      if (problem) return feedback.invalid({ status: translate({ code: problem, params: {} } as never, errorTexts) });
    }
    return saveChecked(
      feedback,
      checked,
      (data) => {
        const { slug: newSlug, ...fields } = data;
        return event ? update.mutateAsync({ id: event.id, version: event.version, ...fields }) : create.mutateAsync({ ...fields, slug: newSlug });
      },
      (saved) => {
        draft.saved();
        onSaved(saved, event ? t.eventEdit.updated(saved.titleIt) : t.eventEdit.created(saved.titleIt));
      },
    );
  };

  const setSource = (i: number, key: keyof SourceRow) => (value: string) => {
    feedback.clear('sources');
    setValues((v) => ({ ...v, sources: v.sources.map((row, j) => (j === i ? { ...row, [key]: value } : row)) }));
  };
  const e = feedback.errors;
  const statusHints = f.statusHints as Record<EventStatus, string>;
  const suggested = suggestedSlug(values);

  return (
    <EditForm
      feedback={feedback}
      pending={create.isPending || update.isPending}
      submitLabel={event ? t.form.save : t.eventEdit.create}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <DraftStatus draft={draft} />
      <fieldset className="form-section">
        <legend className="h5">{s.what}</legend>
        <div className="form-grid">
          <SelectField
            label={f.type}
            value={values.type}
            onValue={set('type')}
            error={e.type}
            placeholder={f.choose}
            options={options(EVENT_TYPES, eventTypeLabels)}
            required
          />
        </div>
        <TextField label={f.titleIt} value={values.titleIt} onValue={set('titleIt')} error={e.titleIt} lang="it" required />
        <TextField label={f.titleEn} hint={f.titleEnHint} value={values.titleEn} onValue={set('titleEn')} error={e.titleEn} lang="en" />
        {!event && (
          <TextField
            label={f.slug}
            hint={f.slugHint(suggested)}
            value={values.slug}
            onValue={set('slug')}
            error={e.slug}
            spellCheck={false}
            autoCapitalize="none"
          />
        )}
        <RadioGroup
          label={f.status}
          name="status"
          value={values.status}
          onValue={set('status')}
          error={e.status}
          required
          options={EVENT_STATUSES.map((value) => ({
            value,
            label: eventStatusLabels[value][locale],
            hint: statusHints[value],
          }))}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend className="h5">{s.when}</legend>
        <p className="form-hint">{f.timeZoneNote}</p>
        <CheckboxField
          label={f.monthOnly}
          hint={f.monthOnlyHint}
          checked={values.monthOnly}
          onChecked={(monthOnly) => setValues((v) => ({ ...v, monthOnly, ...(monthOnly ? { allDay: true, startTime: '', endTime: '' } : {}) }))}
        />
        {values.monthOnly ? (
          <div className="form-grid form-grid-2">
            <TextField
              label={f.startMonth}
              type="month"
              value={values.startDay.slice(0, 7)}
              onValue={(m) => setValues((v) => ({ ...v, startDay: m ? `${m}-01` : '' }))}
              error={e.startsAt ?? e.datePrecision}
              required
            />
            <TextField
              label={f.endMonth}
              hint={f.endMonthHint}
              type="month"
              value={values.endDay.slice(0, 7)}
              onValue={(m) => setValues((v) => ({ ...v, endDay: m ? lastDayOfMonth(m) : '' }))}
              error={e.endsAt}
            />
          </div>
        ) : (
          <>
            <CheckboxField label={f.allDay} checked={values.allDay} onChecked={(allDay) => setValues((v) => ({ ...v, allDay }))} />
            <div className="form-grid form-grid-2">
              <TextField label={f.startDay} type="date" value={values.startDay} onValue={set('startDay')} error={e.startsAt} required />
              {!values.allDay && (
                <TextField label={f.startTime} type="time" value={values.startTime} onValue={set('startTime')} required />
              )}
            </div>
            <div className="form-grid form-grid-2">
              <TextField label={f.endDay} hint={f.endDayHint} type="date" value={values.endDay} onValue={set('endDay')} error={e.endsAt} />
              {!values.allDay && (
                <TextField label={f.endTime} hint={f.endTimeHint} type="time" value={values.endTime} onValue={set('endTime')} />
              )}
            </div>
          </>
        )}
        <div className="form-grid">
          <SelectField
            label={f.dateConfidence}
            value={values.dateConfidence}
            onValue={set('dateConfidence')}
            error={e.dateConfidence}
            options={DATE_CONFIDENCES.map((value) => ({ value, label: f.dateConfidenceOptions[value] ?? value }))}
          />
          <TextField label={f.dateNote} hint={f.dateNoteHint} value={values.dateNote} onValue={set('dateNote')} error={e.dateNote} lang="it" />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend className="h5">{s.where}</legend>
        <div className="form-grid">
          <SelectField
            label={f.mode}
            value={values.mode}
            onValue={set('mode')}
            error={e.mode}
            placeholder={f.modeUnknown}
            options={options(EVENT_MODES, eventModeLabels)}
          />
          <TextField label={f.place} value={values.place} onValue={set('place')} error={e.place} />
        </div>
        <TextField
          label={f.onlineUrl}
          hint={f.onlineUrlHint}
          type="url"
          inputMode="url"
          value={values.onlineUrl}
          onValue={set('onlineUrl')}
          error={e.onlineUrl}
        />
        <div className="form-grid">
          <SelectField
            label={f.organizer}
            value={values.organizerOrganizationId}
            onValue={set('organizerOrganizationId')}
            error={e.organizerOrganizationId}
            placeholder={f.organizerNone}
            options={(organizations.data ?? []).map((o) => ({ value: String(o.id), label: o.name }))}
          />
          <SelectField
            label={f.body}
            hint={f.bodyHint}
            value={values.bodyId}
            onValue={set('bodyId')}
            error={e.bodyId}
            placeholder={f.bodyNone}
            options={(bodies.data ?? []).map((b) => ({ value: String(b.id), label: pick(b.nameIt, b.nameEn) }))}
          />
        </div>
        <TextField label={f.organizerNote} value={values.organizerNote} onValue={set('organizerNote')} error={e.organizerNote} lang="it" />
      </fieldset>

      <fieldset className="form-section">
        <legend className="h5">{s.content}</legend>
        <TextAreaField label={f.agendaIt} value={values.agendaIt} onValue={set('agendaIt')} error={e.agendaIt} lang="it" />
        <TextAreaField label={f.agendaEn} value={values.agendaEn} onValue={set('agendaEn')} error={e.agendaEn} lang="en" />
        <TextAreaField label={f.outcomeIt} value={values.outcomeIt} onValue={set('outcomeIt')} error={e.outcomeIt} lang="it" />
        <TextAreaField label={f.outcomeEn} value={values.outcomeEn} onValue={set('outcomeEn')} error={e.outcomeEn} lang="en" />
      </fieldset>

      <fieldset className="form-section">
        <legend className="h5">{s.totals}</legend>
        <p className="form-hint">{f.totalsHint}</p>
        <div className="form-grid">
          <TextField
            label={f.totalOrganizations}
            inputMode="numeric"
            value={values.totalOrganizations}
            onValue={set('totalOrganizations')}
            error={e.totalOrganizations}
          />
          <TextField
            label={f.totalParticipants}
            inputMode="numeric"
            value={values.totalParticipants}
            onValue={set('totalParticipants')}
            error={e.totalParticipants}
          />
        </div>
        <TextField label={f.participantsNote} value={values.participantsNote} onValue={set('participantsNote')} error={e.participantsNote} lang="it" />
      </fieldset>

      <fieldset className="form-section">
        <legend className="h5">{s.publication}</legend>
        <CheckboxField
          label={f.isPublic}
          hint={f.isPublicHint}
          checked={values.isPublic}
          onChecked={(isPublic) => setValues((v) => ({ ...v, isPublic }))}
        />
        <fieldset className={`form-field source-rows ${e.sources ? 'has-error' : ''}`}>
          <legend>{f.sources}</legend>
          <p className="form-hint">{f.sourcesHint}</p>
          {values.sources.map((row, i) => (
            <div className="form-grid source-row" key={i}>
              <TextField label={f.sourceUrl(i + 1)} type="url" inputMode="url" value={row.url} onValue={setSource(i, 'url')} />
              <TextField label={f.sourceTitle(i + 1)} value={row.title} onValue={setSource(i, 'title')} />
              <button
                type="button"
                className="btn btn-outline btn-sm"
                onClick={() => setValues((v) => ({ ...v, sources: v.sources.filter((_, j) => j !== i) }))}
              >
                {f.removeSource(i + 1)}
              </button>
            </div>
          ))}
          {e.sources && (
            <p className="form-error" role="alert">
              {e.sources}
            </p>
          )}
          <button
            type="button"
            className="btn btn-outline btn-sm"
            onClick={() => setValues((v) => ({ ...v, sources: [...v.sources, { url: '', title: '' }] }))}
          >
            {f.addSource}
          </button>
        </fieldset>
      </fieldset>
    </EditForm>
  );
}
