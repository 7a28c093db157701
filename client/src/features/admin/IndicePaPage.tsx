import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { Link } from 'react-router';
import { parseIndicePa, type IndicePaParseError } from '@shared/indicepa';
import { romeToday } from '@shared/event-dates';
import { INDICEPA_DATASET_URL, INDICEPA_FIELDS, INDICEPA_MATCH_MAX_ROWS, type IndicePaField, type IndicePaRow } from '@shared/schemas/indicepa';
import { sha256Hex, type TextEncoding } from '@shared/text-files';
import { FilePicker, ImportProgress } from '../../components/form/FilePicker';
import { ActionAlert, StatusMessage, useFormFeedback } from '../../components/form/FormFeedback';
import { QueryState } from '../../components/QueryState';
import { queryClient, trpc, trpcClient } from '../../lib/trpc';
import { AdminPage } from './AdminPage';
import {
  buildReview,
  changesOf,
  diffsOf,
  initialSelection,
  type IndicePaOrganization,
  type Review,
  type ReviewItem,
  type Selection,
} from './indicepa-review';
import { useAdminI18n } from './text';

type Loaded = {
  name: string;
  hash: string;
  encoding: TextEncoding;
  rows: IndicePaRow[];
  skipped: number;
  unusedColumns: number;
  latestUpdate: string | null;
  matches: Awaited<ReturnType<typeof trpcClient.indicepa.match.mutate>>['matches'];
  organizations: IndicePaOrganization[];
};

type Step =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'matching'; name: string; done: number; total: number }
  | { kind: 'review'; file: Loaded }
  | { kind: 'error'; message: string };

const ENCODING_NAMES: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'windows-1252': 'Windows-1252',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
};

/** The day a file was saved on this computer (Rome), never after today: when it was downloaded. */
const downloadDay = (file: File) => {
  const day = romeToday(new Date(file.lastModified));
  const today = romeToday();
  return day > today ? today : day;
};

/**
 * Codes, website and PEC of the organisations from IndicePA's file of enti: read in the browser,
 * matched on the server in chunks, reviewed organisation by organisation, applied in one go.
 */
export function IndicePaPage() {
  const { t } = useAdminI18n();
  const ti = t.admin.indicePa;
  return (
    <AdminPage min="coordinator" title={ti.title} intro={ti.intro} wide>
      <IndicePaImport />
    </AdminPage>
  );
}

function IndicePaImport() {
  const { t, formatDate } = useAdminI18n();
  const ti = t.admin.indicePa;
  const id = useId();
  const overview = useQuery(trpc.indicepa.overview.queryOptions());
  const commit = useMutation(trpc.indicepa.commit.mutationOptions());
  const feedback = useFormFeedback<HTMLDivElement>();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [fileName, setFileName] = useState<string | null>(null);
  const [fileDate, setFileDate] = useState(romeToday());
  const [selection, setSelection] = useState<Selection>({});
  const [chosen, setChosen] = useState<Record<number, string>>({});
  const [done, setDone] = useState('');
  const abort = useRef<AbortController | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const busy = step.kind === 'reading' || step.kind === 'matching' || commit.isPending;

  const partners = overview.data?.partners;
  const review: Review | null = useMemo(
    () =>
      step.kind === 'review' && partners
        ? buildReview(step.file.rows, step.file.matches, step.file.organizations, partners, fileDate)
        : null,
    [step, partners, fileDate],
  );
  const changes = useMemo(
    () => (review ? changesOf(review, selection, chosen, fileDate) : []),
    [review, selection, chosen, fileDate],
  );
  const changeCount = changes.reduce((n, c) => n + INDICEPA_FIELDS.filter((f) => c[f] !== undefined).length, 0);

  const reset = () => {
    abort.current?.abort();
    setStep({ kind: 'idle' });
    setFileName(null);
    setSelection({});
    setChosen({});
    feedback.reset();
    if (fileInput.current) fileInput.current.value = '';
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setFileName(file.name);
    setDone('');
    feedback.reset();
    setStep({ kind: 'reading', name: file.name });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      // Let the page say "reading" before the parser holds the thread.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const parsed = parseIndicePa(bytes);
      if (controller.signal.aborted) return;
      if (!parsed.ok) {
        const message =
          parsed.error === 'not_indicepa'
            ? ti.errors.not_indicepa((parsed.missing ?? []).join(', '))
            : ti.errors[parsed.error as Exclude<IndicePaParseError, 'not_indicepa'>];
        setStep({ kind: 'error', message });
        return;
      }
      const hash = await sha256Hex(bytes);
      const matches: Loaded['matches'] = [];
      const organizations = new Map<number, IndicePaOrganization>();
      for (let start = 0; start < parsed.rows.length; start += INDICEPA_MATCH_MAX_ROWS) {
        controller.signal.throwIfAborted();
        setStep({ kind: 'matching', name: file.name, done: start, total: parsed.rows.length });
        const answer = await trpcClient.indicepa.match.mutate(
          { rows: parsed.rows.slice(start, start + INDICEPA_MATCH_MAX_ROWS) },
          { signal: controller.signal },
        );
        matches.push(...answer.matches);
        for (const o of answer.organizations) organizations.set(o.id, o);
      }
      const loaded: Loaded = {
        name: file.name,
        hash,
        encoding: parsed.encoding,
        rows: parsed.rows,
        skipped: parsed.skipped,
        unusedColumns: parsed.unusedColumns.length,
        latestUpdate: parsed.latestUpdate,
        matches,
        organizations: [...organizations.values()],
      };
      const list = await queryClient.fetchQuery(trpc.indicepa.overview.queryOptions());
      // The same file again is still the file of the day it was downloaded.
      const day = list.imports.find((i) => i.fileHash === hash)?.fileDate ?? downloadDay(file);
      setFileDate(day);
      setSelection(initialSelection(buildReview(loaded.rows, matches, loaded.organizations, list.partners, day), day));
      setChosen({});
      setStep({ kind: 'review', file: loaded });
    } catch (error) {
      if (controller.signal.aborted) {
        setStep({ kind: 'error', message: ti.cancelled });
        return;
      }
      setStep({ kind: 'error', message: error instanceof TypeError || error instanceof DOMException ? ti.errors.read : ti.errors.match });
    }
  };

  const apply = () => {
    if (step.kind !== 'review' || changes.length === 0 || commit.isPending) return;
    feedback.reset();
    commit.mutate(
      { fileHash: step.file.hash, fileName: step.file.name.slice(0, 255), fileDate, rows: step.file.rows.length, changes },
      {
        onSuccess: async (result) => {
          reset();
          setDone(ti.done(result.organizations, result.contacts));
          await queryClient.invalidateQueries();
        },
        onError: (error) => feedback.failed(error),
      },
    );
  };

  const toggle = (organizationId: number, field: IndicePaField, on: boolean) =>
    setSelection((s) => {
      const fields = new Set(s[organizationId] ?? []);
      if (on) fields.add(field);
      else fields.delete(field);
      return { ...s, [organizationId]: [...fields] };
    });

  const previous = step.kind === 'review' ? overview.data?.imports.find((i) => i.fileHash === step.file.hash) : undefined;

  return (
    <>
      <section className="card" aria-labelledby={`${id}-how`}>
        <h2 className="h5" id={`${id}-how`}>
          {ti.howTitle}
        </h2>
        <ol>
          {ti.how.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
        <p>
          <a href={INDICEPA_DATASET_URL} rel="noopener noreferrer" target="_blank">
            {ti.datasetLink}
          </a>
        </p>
        <FilePicker
          id={id}
          label={ti.file}
          choose={ti.choose}
          fileName={fileName ?? ti.noFile}
          accept=".csv,.txt,text/csv,text/plain"
          disabled={busy}
          inputRef={fileInput}
          onChange={onFile}
        />
        {(step.kind === 'reading' || step.kind === 'matching') && (
          <ImportProgress
            id={id}
            label={step.kind === 'reading' ? ti.reading(step.name) : ti.matching(step.done, step.total)}
            {...(step.kind === 'matching' && { max: step.total, value: step.done })}
            cancel={ti.cancel}
            onCancel={reset}
          />
        )}
        {step.kind === 'error' && (
          <div className="state state-error import-message" role="alert">
            <p>{step.message}</p>
          </div>
        )}
        <StatusMessage message={done} />
      </section>

      {step.kind === 'review' && review && (
        <section className="card indicepa-review" aria-labelledby={`${id}-review`}>
          <h2 className="h5" id={`${id}-review`}>
            {ti.changesTitle}
          </h2>
          <p>
            {ti.summary(step.file.rows.length, ENCODING_NAMES[step.file.encoding])}{' '}
            {step.file.skipped > 0 && `${ti.skipped(step.file.skipped)} `}
            {step.file.unusedColumns > 0 && `${ti.unusedColumns(step.file.unusedColumns)} `}
            {step.file.latestUpdate && ti.latestUpdate(formatDate(step.file.latestUpdate))}
          </p>
          <p>{ti.found(review.items.length + review.unchanged, review.unchanged)}</p>
          {previous && <p className="alert alert-info">{ti.alreadyApplied(formatDate(previous.importedAt))}</p>}
          <div className="field indicepa-date">
            <label htmlFor={`${id}-date`}>{ti.fileDate}</label>
            <input
              id={`${id}-date`}
              type="date"
             
              value={fileDate}
              max={romeToday()}
              aria-describedby={`${id}-date-hint`}
              onChange={(e) => e.target.value && setFileDate(e.target.value)}
            />
            <p className="field-hint" id={`${id}-date-hint`}>
              {ti.fileDateHint}
            </p>
          </div>

          {review.items.length === 0 ? (
            <p className="state state-empty">{ti.noChanges}</p>
          ) : (
            review.items.map((item) => (
              <ReviewFieldset
                key={item.organization.id}
                item={item}
                fileDate={fileDate}
                ticked={selection[item.organization.id] ?? []}
                chosen={chosen[item.organization.id]}
                onChoose={(code) => {
                  setChosen((c) => ({ ...c, [item.organization.id]: code }));
                  const record = item.candidates.find((r) => r.ipaCode === code);
                  if (record) {
                    setSelection((s) => ({ ...s, [item.organization.id]: diffsOf(item.organization, record, fileDate).map((d) => d.field) }));
                  }
                }}
                onToggle={(field, on) => toggle(item.organization.id, field, on)}
              />
            ))
          )}

          {review.notFound.length > 0 && (
            <div className="indicepa-not-found">
              <h3 className="h6">{ti.notFoundTitle}</h3>
              <p className="small">{ti.notFoundText}</p>
              <ul>
                {review.notFound.map((p) => (
                  <li key={p.id}>
                    <Link to={`/partners/${p.slug}`}>{p.name}</Link>
                  </li>
                ))}
              </ul>
            </div>
          )}

          <ActionAlert feedback={feedback} onReloaded={reset} />
          <div className="form-actions">
            <button type="button" className="btn btn-primary" aria-disabled={changes.length === 0 || commit.isPending || undefined} onClick={apply}>
              {commit.isPending ? ti.applying : changes.length === 0 ? ti.nothingTicked : ti.apply(changeCount, changes.length)}
            </button>
            <button type="button" className="btn btn-outline" onClick={reset}>
              {ti.another}
            </button>
          </div>
        </section>
      )}

      <section className="card" aria-labelledby={`${id}-history`}>
        <h2 className="h5" id={`${id}-history`}>
          {ti.historyTitle}
        </h2>
        <QueryState query={overview}>
          {(data) =>
            data.imports.length === 0 ? (
              <p className="muted">{ti.historyEmpty}</p>
            ) : (
              <div className="table-wrap">
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">{ti.historyFile}</th>
                      <th scope="col">{ti.historyFileDate}</th>
                      <th scope="col">{ti.historyWhen}</th>
                      <th scope="col">{ti.historyOrganizations}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.imports.map((i) => (
                      <tr key={i.id}>
                        <td>{i.fileName}</td>
                        <td>{formatDate(i.fileDate)}</td>
                        <td>{formatDate(i.importedAt, { dateStyle: 'medium', timeStyle: 'short' })}</td>
                        <td className="num">{i.organizations}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )
          }
        </QueryState>
      </section>
    </>
  );
}

function ReviewFieldset({
  item,
  fileDate,
  ticked,
  chosen,
  onChoose,
  onToggle,
}: {
  item: ReviewItem;
  fileDate: string;
  ticked: IndicePaField[];
  chosen: string | undefined;
  onChoose: (ipaCode: string) => void;
  onToggle: (field: IndicePaField, on: boolean) => void;
}) {
  const { t } = useAdminI18n();
  const ti = t.admin.indicePa;
  const id = useId();
  const o = item.organization;
  const record = item.record ?? item.candidates.find((c) => c.ipaCode === chosen) ?? null;
  const diffs = record ? diffsOf(o, record, fileDate) : [];
  return (
    <fieldset className="indicepa-item">
      <legend>
        <Link to={`/partners/${o.slug}`}>{o.name}</Link>
        {o.isPartner && <span className="badge badge-neutral">{ti.partner}</span>}
      </legend>
      <p className={item.method === 'website' ? 'small text-warning' : 'small muted'}>{ti.method[item.method]}</p>
      {item.candidates.length > 0 && (
        <fieldset className="indicepa-choice">
          <legend className="small">{ti.chooseRecord}</legend>
          {item.candidates.map((c) => (
            <label key={c.ipaCode} className="checkbox">
              <input type="radio" name={`${id}-record`} checked={chosen === c.ipaCode} onChange={() => onChoose(c.ipaCode)} />
              <span>{ti.record(c.name, c.ipaCode)}</span>
            </label>
          ))}
        </fieldset>
      )}
      {record && item.candidates.length === 0 && <p className="small">{ti.record(record.name, record.ipaCode)}</p>}
      {diffs.length > 0 && (
        <ul className="indicepa-fields">
          {diffs.map((d) => (
            <li key={d.field}>
              <label className="checkbox">
                <input type="checkbox" checked={ticked.includes(d.field)} onChange={(e) => onToggle(d.field, e.target.checked)} />
                <span>
                  <strong>{ti.fields[d.field]}</strong>:{' '}
                  {d.before === d.after ? (
                    <>
                      {d.after} <span className="muted">({ti.confirmPec})</span>
                    </>
                  ) : (
                    <>
                      <del>{d.before ?? ti.none}</del> → <ins>{d.after}</ins>
                    </>
                  )}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
