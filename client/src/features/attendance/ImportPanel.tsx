import { useMutation } from '@tanstack/react-query';
import { useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { FilePicker, ImportProgress } from '../../components/form/FilePicker';
import { trpc, trpcClient } from '../../lib/trpc';
import {
  buildAssignments,
  groupMatches,
  initialChoices,
  sameDomainGroups,
  previewInChunks,
  type Choices,
  type ReviewGroup,
} from './import-review';
import { parseParticipants, sha256Hex, type ParsedParticipant, type ParseError, type TextEncoding } from './parse-participants';
import { useAttendanceI18n } from './text';

type Organization = { id: number; name: string; shortName: string };

type FileInfo = { name: string; hash: string; bytes: Uint8Array; encoding: TextEncoding; delimiter: string; columns: string[] };

/** Bytes as base64, in chunks (String.fromCharCode takes a bounded number of arguments). */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

type Step =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string; share: number }
  | { kind: 'matching'; name: string; done: number; total: number }
  | { kind: 'review'; file: FileInfo; rows: ParsedParticipant[]; groups: ReviewGroup[] }
  | { kind: 'done'; message: string; already: boolean }
  | { kind: 'error'; message: string };

const ENCODING_NAMES: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'windows-1252': 'Windows-1252',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
};
/** Groups of rows shown at a time in the review table. */
const PAGE = 50;
/** Above this many organisations, a row's list offers the suggested and invited ones only. */
const FULL_LIST_LIMIT = 300;

/**
 * Imports a participant list: read and check the file in the browser, match its rows on the
 * server in chunks with progress, let the coordinator fix or skip the doubtful ones, confirm.
 * Nothing changes in the register before the confirmation.
 */
export function ImportPanel({
  eventId,
  organizations,
  invitedIds,
  hasUnsavedChanges,
  onImported,
}: {
  eventId: number;
  organizations: Organization[];
  invitedIds: Set<number>;
  hasUnsavedChanges: boolean;
  onImported: () => void;
}) {
  const { t, locale } = useAttendanceI18n();
  const ti = t.register.import;
  const id = useId();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [choices, setChoices] = useState<Choices>({});
  const [showAll, setShowAll] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const abort = useRef<AbortController | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  // The register's organisations, and those the matches named (a large network is not all on the page).
  const [named, setNamed] = useState<Organization[]>([]);
  const byId = useMemo(() => new Map([...named, ...organizations].map((o) => [o.id, o])), [organizations, named]);
  const commit = useMutation(trpc.attendance.importCommit.mutationOptions());
  const [fileName, setFileName] = useState<string | null>(null);
  const busy = step.kind === 'reading' || step.kind === 'matching' || commit.isPending;

  const reset = () => {
    abort.current?.abort();
    setStep({ kind: 'idle' });
    setChoices({});
    setShowAll(false);
    setShown(PAGE);
    setFileName(null);
    commit.reset();
    if (fileInput.current) fileInput.current.value = '';
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    commit.reset();
    setStep({ kind: 'reading', name: file.name, share: 0 });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const [parsed, hash] = await Promise.all([
        parseParticipants(bytes, { onProgress: (share) => setStep({ kind: 'reading', name: file.name, share }) }),
        sha256Hex(bytes),
      ]);
      if (controller.signal.aborted) return;
      if (!parsed.ok) {
        setStep({ kind: 'error', message: ti.errors[parsed.error as ParseError] });
        return;
      }
      setStep({ kind: 'matching', name: file.name, done: 0, total: parsed.rows.length });
      const names: Organization[] = [];
      const matches = await previewInChunks(
        parsed.rows,
        async (rows, signal) => {
          const answer = await trpcClient.attendance.importPreview.mutate({ eventId, rows }, { signal });
          names.push(...answer.organizations);
          return answer.matches;
        },
        {
          signal: controller.signal,
          onProgress: (done) => setStep({ kind: 'matching', name: file.name, done, total: parsed.rows.length }),
        },
      );
      setNamed(names);
      const groups = groupMatches(parsed.rows, matches);
      setChoices(initialChoices(groups));
      setShown(PAGE);
      setShowAll(false);
      setStep({
        kind: 'review',
        file: {
          name: file.name,
          hash,
          bytes,
          encoding: parsed.encoding,
          delimiter: ti.delimiters[parsed.delimiter as keyof typeof ti.delimiters] ?? `“${parsed.delimiter}”`,
          columns: Object.values(parsed.columns).filter((c): c is string => Boolean(c)),
        },
        rows: parsed.rows,
        groups,
      });
    } catch (error) {
      if (controller.signal.aborted) {
        setStep({ kind: 'error', message: ti.cancelled });
        return;
      }
      setStep({ kind: 'error', message: error instanceof TypeError || error instanceof DOMException ? ti.errors.read : ti.errors.preview });
    }
  };

  const review = step.kind === 'review' ? step : null;
  const assignments = useMemo(
    () => (review ? buildAssignments(review.rows, review.groups, choices) : []),
    [review, choices],
  );
  const perOrganization = useMemo(
    () =>
      assignments
        .map((a) => ({ ...a, name: byId.get(a.organizationId)?.name ?? String(a.organizationId) }))
        .sort((a, b) => a.name.localeCompare(b.name, locale)),
    [assignments, byId, locale],
  );

  const confirm = () => {
    if (!review || assignments.length === 0 || hasUnsavedChanges) return;
    commit.mutate(
      {
        eventId,
        fileHash: review.file.hash,
        file: toBase64(review.file.bytes),
        fileName: review.file.name.slice(0, 255),
        rowCount: review.rows.length,
        assignments,
      },
      {
        onSuccess: (result) => {
          setStep({
            kind: 'done',
            already: result.alreadyImported,
            message: result.alreadyImported ? ti.alreadyImported : ti.done(assignments.length, result.people),
          });
          onImported();
        },
      },
    );
  };

  return (
    <section className="card import-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{ti.title}</h2>
      <p>{ti.intro}</p>
      <p className="small muted" id={`${id}-formats`}>
        {ti.formats}
      </p>
      <FilePicker
        id={id}
        label={ti.file}
        choose={ti.choose}
        fileName={fileName ?? ti.noFile}
        describedBy={`${id}-formats`}
        accept=".csv,.txt,text/csv,text/plain"
        disabled={busy}
        inputRef={fileInput}
        onChange={onFile}
      />

      {(step.kind === 'reading' || step.kind === 'matching') && (
        <ImportProgress
          id={id}
          label={`${step.kind === 'reading' ? ti.reading : ti.matching} — ${step.name}`}
          max={step.kind === 'reading' ? 1 : step.total}
          value={step.kind === 'reading' ? step.share : step.done}
          status={step.kind === 'reading' ? `${Math.round(step.share * 100)}%` : ti.rowsProgress(step.done, step.total)}
          cancel={ti.cancel}
          onCancel={reset}
        />
      )}

      {step.kind === 'error' && (
        <div className="state state-error import-message" role="alert">
          <p>{step.message}</p>
          <p>{ti.untouched}</p>
        </div>
      )}

      {step.kind === 'done' && (
        <div className={`import-message ${step.already ? 'callout' : 'state state-success'}`} role="status">
          <p>{step.message}</p>
          <button type="button" className="btn btn-outline" onClick={reset}>
            {ti.another}
          </button>
        </div>
      )}

      {review && (
        <ReviewStep
          review={review}
          choices={choices}
          setChoices={setChoices}
          showAll={showAll}
          setShowAll={setShowAll}
          shown={shown}
          setShown={setShown}
          organizations={organizations}
          invitedIds={invitedIds}
          byId={byId}
        />
      )}

      {review && (
        <div className="import-result">
          <h3>{ti.resultTitle}</h3>
          {perOrganization.length === 0 ? (
            <p>{ti.resultNone}</p>
          ) : (
            <>
              <ul>
                {perOrganization.map((o) => (
                  <li key={o.organizationId}>{ti.resultItem(o.name, o.people, invitedIds.has(o.organizationId))}</li>
                ))}
              </ul>
              <p className="small muted">{ti.duplicatesNote}</p>
            </>
          )}
          {commit.isError && (
            <div className="state state-error" role="alert">
              <p>{ti.errors.preview}</p>
            </div>
          )}
          {hasUnsavedChanges && (
            <p className="callout" role="status">
              {ti.unsavedFirst}
            </p>
          )}
          <div className="import-actions">
            <button
              type="button"
              className="btn btn-primary"
              disabled={perOrganization.length === 0 || hasUnsavedChanges || commit.isPending}
              onClick={confirm}
            >
              {commit.isPending ? ti.confirming : ti.confirm}
            </button>
            <button type="button" className="btn btn-outline" onClick={reset} disabled={commit.isPending}>
              {ti.discard}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

function ReviewStep({
  review,
  choices,
  setChoices,
  showAll,
  setShowAll,
  shown,
  setShown,
  organizations,
  invitedIds,
  byId,
}: {
  review: Extract<Step, { kind: 'review' }>;
  choices: Choices;
  setChoices: (update: (c: Choices) => Choices) => void;
  showAll: boolean;
  setShowAll: (v: boolean) => void;
  shown: number;
  setShown: (update: (n: number) => number) => void;
  organizations: Organization[];
  invitedIds: Set<number>;
  byId: Map<number, Organization>;
}) {
  const { t } = useAttendanceI18n();
  const ti = t.register.import;
  const id = useId();
  const { groups, rows, file } = review;
  const matchedRows = groups.filter((g) => g.match.organizationId !== null && !g.needsReview).reduce((n, g) => n + g.rows.length, 0);
  const reviewRows = groups.filter((g) => g.needsReview && g.match.organizationId !== null).reduce((n, g) => n + g.rows.length, 0);
  const unmatchedRows = rows.length - matchedRows - reviewRows;
  const visible = showAll ? groups : groups.filter((g) => g.needsReview);
  const page = visible.slice(0, shown);
  const invited = organizations.filter((o) => invitedIds.has(o.id));
  const others = organizations.length <= FULL_LIST_LIMIT ? organizations.filter((o) => !invitedIds.has(o.id)) : [];

  return (
    <div className="import-review">
      <p>
        {ti.fileInfo(file.name, rows.length, ENCODING_NAMES[file.encoding], file.delimiter)} {ti.columnsFound(file.columns.join(', '))}
      </p>
      <p className="import-stats" role="status">
        <strong>{ti.stats(rows.length, matchedRows, reviewRows, unmatchedRows)}</strong>
      </p>
      <h3 id={`${id}-title`}>{ti.reviewTitle}</h3>
      <p className="small">{ti.reviewHint}</p>
      <label className="checkbox">
        <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />
        {ti.showAll}
      </label>
      {page.length > 0 && (
        <div className="table-wrap">
          <table className="table import-table" aria-labelledby={`${id}-title`}>
            <thead>
              <tr>
                <th scope="col">{ti.inFile}</th>
                <th scope="col" className="col-rows">
                  {ti.rows}
                </th>
                <th scope="col">{ti.match}</th>
                <th scope="col">{ti.assignTo}</th>
              </tr>
            </thead>
            <tbody>
              {page.map((g) => {
                const suggested = [...new Set([g.match.organizationId, ...(g.match.candidates ?? [])])].filter(
                  (x): x is number => x !== null && byId.has(x),
                );
                const value = choices[g.key];
                const guess = g.needsReview && g.match.organizationId !== null ? byId.get(g.match.organizationId) : undefined;
                const sameDomain = sameDomainGroups(groups, choices, g);
                const sameDomainRows = sameDomain.reduce((n, other) => n + other.rows.length, 0);
                return (
                  <tr key={g.key} className={g.needsReview ? 'needs-review' : undefined}>
                    <th scope="row">
                      <span className="import-label">{g.label}</span>
                      {g.example && <span className="import-example">{g.example}</span>}
                    </th>
                    <td className="col-rows" data-label={ti.rows}>
                      {g.rows.length}
                    </td>
                    <td data-label={ti.match}>
                      {g.match.method ? ti.methods[g.match.method] : ti.methods.none}
                      {g.match.method && <span className="small muted"> · {ti.confidence(Math.round(g.match.confidence * 100))}</span>}
                      {g.match.organizationId === null ? (
                        <span className="badge badge-unmatched">{ti.unmatched}</span>
                      ) : (
                        g.needsReview && <span className="badge badge-review">{ti.toReview}</span>
                      )}
                      {guess && value !== guess.id && <span className="import-guess">{ti.guess(guess.name)}</span>}
                    </td>
                    <td data-label={ti.assignTo}>
                      <select
                        aria-label={ti.assignLabel(g.label)}
                        value={value == null ? '' : String(value)}
                        onChange={(e) => {
                          const next = e.target.value === '' ? null : Number(e.target.value);
                          setChoices((c) => ({ ...c, [g.key]: next }));
                        }}
                      >
                        <option value="">— {ti.skip} —</option>
                        <OrganizationGroup label={ti.suggested} organizations={suggested.map((o) => byId.get(o)!)} />
                        <OrganizationGroup
                          label={t.register.summary.invited}
                          organizations={invited.filter((o) => !suggested.includes(o.id))}
                        />
                        <OrganizationGroup
                          label={ti.others}
                          organizations={others.filter((o) => !suggested.includes(o.id))}
                        />
                      </select>
                      {sameDomain.length > 0 && value != null && (
                        <button
                          type="button"
                          className="btn btn-link import-same-domain"
                          onClick={() =>
                            setChoices((c) => ({ ...c, ...Object.fromEntries(sameDomain.map((other) => [other.key, value])) }))
                          }
                        >
                          {ti.applyToDomain(sameDomainRows, g.domain!, byId.get(value)?.name ?? '')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {visible.length > page.length && (
        <p>
          {ti.showing(page.length, visible.length)}{' '}
          <button type="button" className="btn btn-link" onClick={() => setShown((n) => n + PAGE)}>
            {ti.showMore}
          </button>
        </p>
      )}
    </div>
  );
}

/** One group of organisations in a picker; nothing when the group is empty. */
function OrganizationGroup({ label, organizations }: { label: string; organizations: { id: number; name: string }[] }) {
  if (organizations.length === 0) return null;
  return (
    <optgroup label={label}>
      {organizations.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </optgroup>
  );
}
