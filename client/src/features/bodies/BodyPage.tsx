import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { PROVINCES, type ProvinceCode } from '@shared/enums';
import { bodyUpdateInput } from '@shared/schemas/bodies';
import { ConfirmButton } from '../../components/form/ConfirmButton';
import { SelectField, TextAreaField, TextField } from '../../components/form/Field';
import {
  ActionAlert,
  FormAlert,
  StatusMessage,
  SubmitButton,
  saveChecked,
  useActionFeedback,
  useFormFeedback,
} from '../../components/form/FormFeedback';
import { useFormValues } from '../../components/form/useFormValues';
import { QueryState } from '../../components/QueryState';
import { RequireUser } from '../../components/RequireUser';
import { useDocumentTitle } from '../../lib/i18n';
import { useErrorText } from '../../lib/errors';
import { validate } from '../../lib/form-errors';
import { isCoordinator } from '../../lib/permissions';
import { queryClient, trpc } from '../../lib/trpc';
import { useBodiesI18n } from './text';

type Body = NonNullable<ReturnType<typeof useBody>['data']>;
type Member = Body['members'][number];
const useBody = (slug: string) => useQuery(trpc.bodies.bySlug.queryOptions({ slug }, { retry: false }));
const sigla = (code: ProvinceCode) => PROVINCES.find((p) => p.code === code)?.sigla ?? code;

/** `/bodies/:slug`: a governance body and its members (members read, coordinators manage). */
export function BodyPage() {
  const { slug = '' } = useParams();
  const { t, to, pick, langOf } = useBodiesI18n();
  const body = useBody(slug);
  useDocumentTitle(body.data ? pick(body.data.nameIt, body.data.nameEn) : undefined);
  const [status, setStatus] = useState('');
  return (
    <RequireUser>
      {(me) => (
        <div className="container body-page">
          <nav aria-label={t.common.breadcrumb} className="breadcrumb">
            <Link to={to('/events')}><span className="dir-arrow" aria-hidden="true">←</span> {t.bodies.back}</Link>
          </nav>
          <StatusMessage message={status} />
          <QueryState query={body}>
            {(b) => (
              <>
                <h1 lang={langOf(b.nameIt, b.nameEn)}>{pick(b.nameIt, b.nameEn)}</h1>
                {pick(b.descriptionIt, b.descriptionEn) && <p className="lead-text" lang={langOf(b.descriptionIt, b.descriptionEn)}>{pick(b.descriptionIt, b.descriptionEn)}</p>}
                {b.quorumShare !== null && <p>{t.bodies.quorum(b.quorumShare)}</p>}
                <Members body={b} manage={isCoordinator(me)} onStatus={setStatus} />
                {isCoordinator(me) && (
                  <>
                    <AddMember body={b} onStatus={setStatus} />
                    <BodyForm key={b.version} body={b} onStatus={setStatus} />
                  </>
                )}
              </>
            )}
          </QueryState>
        </div>
      )}
    </RequireUser>
  );
}

function Members({ body, manage, onStatus }: { body: Body; manage: boolean; onStatus: (s: string) => void }) {
  const { t, formatDate, to } = useBodiesI18n();
  const b = t.bodies;
  const { feedback, run } = useActionFeedback(onStatus);
  const remove = useMutation(trpc.bodies.removeMember.mutationOptions());
  const current = body.members.filter((m) => m.current).length;
  const day = (d: string | null) => (d ? formatDate(d, { dateStyle: 'medium' }) : <span className="muted">{b.unknownDate}</span>);
  return (
    <section aria-labelledby="members-title">
      <h2 id="members-title">{b.membersTitle}</h2>
      <p>{b.membersCount(current, body.members.length - current)}</p>
      {manage && <p className="small muted">{b.leaveHint}</p>}
      <ActionAlert feedback={feedback} />
      {body.members.length === 0 ? (
        <p className="muted">{b.noMembers}</p>
      ) : (
        <div className="table-wrap">
          <table className="table member-table card-table">
            <caption className="visually-hidden">{b.membersCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{b.organization}</th>
                <th scope="col">{b.province}</th>
                <th scope="col">{b.since}</th>
                <th scope="col">{b.until}</th>
                <th scope="col">{b.state}</th>
                {manage && <th scope="col">{b.editDates}</th>}
              </tr>
            </thead>
            <tbody>
              {body.members.map((m) => (
                <tr key={m.organizationId} className={m.current ? undefined : 'is-past'}>
                  <th scope="row">
                    <Link to={to(`/partners/${m.slug}`)}>{m.name}</Link>
                    {!m.hasPosition && <span className="small muted member-note">{b.noPosition}</span>}
                  </th>
                  <td data-label={b.province}>{sigla(m.province)}</td>
                  <td data-label={b.since}>{day(m.since)}</td>
                  <td data-label={b.until}>{m.until ? day(m.until) : '—'}</td>
                  <td data-label={b.state}>{m.current ? b.current : m.until ? b.left : b.notYet}</td>
                  {manage && (
                    <td>
                      <MemberDates bodyId={body.id} member={m} onStatus={onStatus} />
                      {m.registerLines === 0 && (
                        <ConfirmButton
                          label={b.remove}
                          accessibleLabel={b.removeLabel(m.name)}
                          question={b.removeQuestion(m.name)}
                          confirmLabel={b.remove}
                          onConfirm={() => run(() => remove.mutateAsync({ bodyId: body.id, organizationId: m.organizationId }), b.removed(m.name))}
                        />
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** A member's join and leave dates, edited in place (leaving is setting the second one). */
function MemberDates({ bodyId, member, onStatus }: { bodyId: number; member: Member; onStatus: (s: string) => void }) {
  const { t } = useBodiesI18n();
  const b = t.bodies;
  const [open, setOpen] = useState(false);
  const [since, setSince] = useState(member.since ?? '');
  const [until, setUntil] = useState(member.until ?? '');
  const feedback = useFormFeedback<HTMLFieldSetElement>();
  const update = useMutation(trpc.bodies.updateMember.mutationOptions());
  if (!open) {
    return (
      <button type="button" className="btn btn-outline btn-sm" aria-label={b.editDatesLabel(member.name)} onClick={() => setOpen(true)}>
        {b.editDates}
      </button>
    );
  }
  const save = async () => {
    feedback.reset();
    try {
      await update.mutateAsync({ bodyId, organizationId: member.organizationId, since, until });
      await queryClient.invalidateQueries();
      setOpen(false);
      onStatus(b.datesSaved(member.name));
    } catch (error) {
      feedback.failed(error);
    }
  };
  return (
    <fieldset ref={feedback.formRef} className="member-dates">
      <legend className="visually-hidden">{b.editDatesLabel(member.name)}</legend>
      <TextField label={b.since} type="date" value={since} onValue={setSince} error={feedback.errors.since} />
      <TextField label={b.until} type="date" value={until} onValue={setUntil} error={feedback.errors.until} />
      <FormAlert feedback={feedback} />
      <div className="form-actions">
        <button type="button" className="btn btn-primary btn-sm" onClick={() => void save()}>
          {b.saveDates}
        </button>
        <button type="button" className="btn btn-outline btn-sm" onClick={() => setOpen(false)}>
          {t.form.cancel}
        </button>
      </div>
    </fieldset>
  );
}

function AddMember({ body, onStatus }: { body: Body; onStatus: (s: string) => void }) {
  const { t } = useBodiesI18n();
  const b = t.bodies;
  return (
    <section className="card" aria-labelledby="add-member-title">
      <h2 id="add-member-title" className="h4">
        {b.addTitle}
      </h2>
      <div className="add-member-grid">
        <AddFromDirectory body={body} onStatus={onStatus} />
        <AddComune body={body} onStatus={onStatus} />
      </div>
    </section>
  );
}

function AddFromDirectory({ body, onStatus }: { body: Body; onStatus: (s: string) => void }) {
  const { t } = useBodiesI18n();
  const b = t.bodies;
  const organizations = useQuery(trpc.partners.list.queryOptions({}));
  const [organizationId, setOrganizationId] = useState('');
  const [since, setSince] = useState('');
  const feedback = useFormFeedback();
  const add = useMutation(trpc.bodies.addMember.mutationOptions());
  const memberIds = new Set(body.members.map((m) => m.organizationId));
  const options = (organizations.data ?? []).filter((o) => !memberIds.has(o.id)).map((o) => ({ value: String(o.id), label: o.name }));
  return (
    <form
      ref={feedback.formRef}
      className="form"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        if (add.isPending) return;
        const org = organizations.data?.find((o) => String(o.id) === organizationId);
        if (!org) return feedback.invalid({ organizationId: t.bodies.choose });
        feedback.reset();
        try {
          await add.mutateAsync({ bodyId: body.id, organizationId: org.id, since });
          await queryClient.invalidateQueries();
          setOrganizationId('');
          setSince('');
          onStatus(b.added(org.name));
        } catch (error) {
          feedback.failed(error);
        }
      }}
    >
      <h3 className="h5">{b.addFromDirectory}</h3>
      <SelectField label={b.addOrganization} value={organizationId} onValue={setOrganizationId} options={options} placeholder={b.choose} error={feedback.errors.organizationId} required />
      <TextField label={b.since} type="date" value={since} onValue={setSince} error={feedback.errors.since} />
      <FormAlert feedback={feedback} />
      <div className="form-actions">
        <SubmitButton pending={add.isPending}>{b.add}</SubmitButton>
      </div>
    </form>
  );
}

/** A municipality picked from the official list: type part of its name, choose, add. */
function AddComune({ body, onStatus }: { body: Body; onStatus: (s: string) => void }) {
  const { t } = useBodiesI18n();
  const b = t.bodies;
  const id = useId();
  const [q, setQ] = useState('');
  const query = useDeferredValue(q.trim());
  const [istatCode, setIstatCode] = useState('');
  const [since, setSince] = useState('');
  const feedback = useFormFeedback();
  const results = useQuery({ ...trpc.bodies.comuni.queryOptions({ q: query }), enabled: query.length >= 2, placeholderData: keepPreviousData });
  const add = useMutation(trpc.bodies.addComune.mutationOptions());
  const found = query.length >= 2 ? (results.data ?? []) : [];
  const chosen = found.find((c) => c.istatCode === istatCode) ?? found[0];
  return (
    <form
      ref={feedback.formRef}
      className="form"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        if (add.isPending) return;
        if (!chosen) return feedback.invalid({ comune: b.comuneNone });
        feedback.reset();
        try {
          const saved = await add.mutateAsync({ bodyId: body.id, istatCode: chosen.istatCode, since });
          await queryClient.invalidateQueries();
          setQ('');
          setIstatCode('');
          setSince('');
          onStatus(b.comuneAdded(saved.organization.name, saved.created));
        } catch (error) {
          feedback.failed(error);
        }
      }}
    >
      <h3 className="h5">{b.addComuneTitle}</h3>
      <p className="small muted">{b.addComuneHint}</p>
      <TextField label={b.comuneSearch} type="search" value={q} onValue={setQ} autoComplete="off" error={feedback.errors.comune} required />
      {query.length >= 2 && (
        <div className="form-field">
          <label htmlFor={`${id}-results`}>{b.comuneResults}</label>
          {found.length === 0 ? (
            <p className="muted" role="status">
              {b.comuneNone}
            </p>
          ) : (
            <select id={`${id}-results`} size={Math.min(6, Math.max(2, found.length))} value={chosen?.istatCode ?? ''} onChange={(e) => setIstatCode(e.target.value)}>
              {found.map((c) => (
                <option key={c.istatCode} value={c.istatCode}>
                  {b.comuneOption(c.name, sigla(c.province), c.istatCode)}
                </option>
              ))}
            </select>
          )}
        </div>
      )}
      <TextField label={b.since} type="date" value={since} onValue={setSince} error={feedback.errors.since} />
      <FormAlert feedback={feedback} />
      <div className="form-actions">
        <SubmitButton pending={add.isPending}>{b.addComune}</SubmitButton>
      </div>
    </form>
  );
}

/** The body's own fields: names, description, quorum. */
function BodyForm({ body, onStatus }: { body: Body; onStatus: (s: string) => void }) {
  const { t, locale } = useBodiesI18n();
  const b = t.bodies;
  const errorTexts = useErrorText();
  const feedback = useFormFeedback();
  const { values, set } = useFormValues(feedback, () => ({
    nameIt: body.nameIt,
    nameEn: body.nameEn,
    descriptionIt: body.descriptionIt,
    descriptionEn: body.descriptionEn,
    quorum: body.quorumShare === null ? '' : String(Math.round(body.quorumShare * 100)),
  }));
  const update = useMutation(trpc.bodies.update.mutationOptions());
  const quorum = values.quorum.trim() === '' ? null : Number(values.quorum.replace(',', '.').replace('%', '')) / 100;
  return (
    <form
      ref={feedback.formRef}
      className="form card"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (update.isPending) return;
        const { quorum: _typed, ...fields } = values;
        void saveChecked(
          feedback,
          validate(bodyUpdateInput, { id: body.id, version: body.version, ...fields, quorumShare: quorum }, errorTexts),
          (input) => update.mutateAsync(input),
          () => onStatus(b.saved),
        );
      }}
    >
      <h2 className="h4">{b.editTitle}</h2>
      <div className="form-grid">
        <TextField label={b.nameIt} value={values.nameIt} onValue={set('nameIt')} error={feedback.errors.nameIt} lang="it" required />
        <TextField label={b.nameEn} value={values.nameEn} onValue={set('nameEn')} error={feedback.errors.nameEn} lang="en" required />
      </div>
      <TextAreaField label={b.descriptionIt} value={values.descriptionIt} onValue={set('descriptionIt')} error={feedback.errors.descriptionIt} lang="it" />
      <TextAreaField label={b.descriptionEn} value={values.descriptionEn} onValue={set('descriptionEn')} error={feedback.errors.descriptionEn} lang="en" />
      <TextField
        label={b.quorumShare}
        hint={b.quorumHint}
        inputMode="decimal"
        value={values.quorum}
        onValue={set('quorum')}
        error={feedback.errors.quorumShare}
        lang={locale}
      />
      <FormAlert feedback={feedback} />
      <div className="form-actions">
        <SubmitButton pending={update.isPending}>{t.form.save}</SubmitButton>
      </div>
    </form>
  );
}
