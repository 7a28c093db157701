/**
 * The FAMI evidence pack of a period: for every event that starts in it (by its day in Europe/Rome),
 * the sign-in sheet and the register as CSV, the participant files as they were imported, the
 * approved minutes and the decisions; the period's participation CSV and XLSX; and a manifest with
 * the SHA-256 and size of every file, the period, who generated the pack and when
 * (docs/decisions/021-evidence-pack.md). It only reads: the download's audit row is the caller's.
 */
import { createHash } from 'node:crypto';
import { zipSync, type Zippable } from 'fflate';
import {
  attendanceStatusLabels,
  type AttendanceStatus,
  type EventStatus,
  type RecordLocale as Locale,
} from '../../shared/enums';
import { romeToday } from '../../shared/event-dates';
import { participationCsv, participationXlsx } from '../dashboard/reports';
import { report, type Filter } from '../dashboard/service';
import { signInSheet } from '../attendance/service';
import type { Db } from '../db/client';
import { stmt } from '../db/statements';
import { appError } from '../errors';
import { csvFile } from '../http/spreadsheet';

/** Largest pack built (files before compression): it is built in memory, and a FAMI period is far smaller. */
export const EVIDENCE_MAX_BYTES = 256 * 1024 * 1024;

export const MANIFEST_SCHEMA = 'coopera-evidence-pack/1';

type Generator = { id: number; email: string };

export type ManifestFile = {
  path: string;
  sha256: string;
  bytes: number;
  mediaType: string;
  /** The event the file belongs to (its slug), absent for the period's files. */
  event?: string;
  kind: 'sign-in-sheet' | 'register' | 'import' | 'minutes' | 'decisions' | 'participation';
  /** For an imported file: the hash recorded at import, and whether the kept bytes still match it. */
  recordedSha256?: string;
  matchesRecordedHash?: boolean;
};

export type NotKeptImport = {
  event: string;
  importId: number;
  fileName: string | null;
  recordedSha256: string;
  rows: number;
  importedAt: string;
  reason: 'not kept';
};

export type Manifest = {
  schema: typeof MANIFEST_SCHEMA;
  project: string;
  period: { from: string; to: string; timeZone: 'Europe/Rome' };
  body: { slug: string; nameIt: string; nameEn: string } | null;
  language: Locale;
  generatedAt: string;
  generatedBy: Generator;
  events: { id: number; slug: string; folder: string; titleIt: string; titleEn: string; startsAt: string; status: string }[];
  files: ManifestFile[];
  importsNotKept: NotKeptImport[];
};

export type EvidencePack = { zip: Uint8Array; manifest: Manifest; manifestSha256: string; fileName: string };

const TEXT = {
  it: {
    signIn: ['Ente', 'Nome breve', 'Comune', 'Provincia', 'Partecipante', 'Ruolo', 'E-mail', 'Firma'],
    register: ['Ente', 'Nome breve', 'Stato', 'Persone', 'Delegato', 'Note', 'Confermato dall’ente il', 'Aggiornato il'],
    decisions: ['N.', 'Data', 'Decisione (it)', 'Decisione (en)'],
    minutes: 'Verbale',
    approved: 'Approvato il',
    by: 'da',
    event: 'Evento',
    date: 'Data',
  },
  en: {
    signIn: ['Organisation', 'Short name', 'Municipality', 'Province', 'Participant', 'Role', 'E-mail', 'Signature'],
    register: ['Organisation', 'Short name', 'Status', 'People', 'Delegate', 'Notes', 'Confirmed by the organisation on', 'Updated on'],
    decisions: ['No.', 'Date', 'Decision (it)', 'Decision (en)'],
    minutes: 'Minutes',
    approved: 'Approved on',
    by: 'by',
    event: 'Event',
    date: 'Date',
  },
} as const;

/** Files whose bytes are already compressed are stored as they are. */
const COMPRESSED = /\.(xlsx|xlsm|docx|odt|ods|zip|gz|pdf|png|jpe?g)$/i;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A path segment safe in any unzip tool: no separators, no `..`, no control or reserved characters. */
export function safeSegment(name: string, fallback: string, max = 100): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  let clean = base
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\.{2,}/g, '.')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (clean.length > max) {
    const dot = clean.lastIndexOf('.');
    const ext = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
    clean = clean.slice(0, max - ext.length) + ext;
  }
  return clean || fallback;
}

const eventDay = (startsAt: string) => startsAt.slice(0, 10);

type EventRow = { id: number; slug: string; titleIt: string; titleEn: string; startsAt: string; status: EventStatus };

function eventsOf(db: Db, f: Filter): EventRow[] {
  return stmt(
    db,
    `SELECT id, slug, title_it AS titleIt, title_en AS titleEn, starts_at AS startsAt, status
     FROM events
     WHERE starts_at >= @from AND starts_at < @toExclusive AND (@bodyId IS NULL OR body_id = @bodyId)
     ORDER BY starts_at, id`,
  ).all({ from: f.from, toExclusive: f.toExclusive, bodyId: f.body?.id ?? null }) as EventRow[];
}

function signInSheetCsv(db: Db, eventId: number, lang: Locale, today: string) {
  const sheet = signInSheet(db, eventId);
  // Named participants (members only, never public) that are still within their retention date.
  const people = stmt(
    db,
    `SELECT organization_id AS organizationId, name, role, email FROM attendance_people
     WHERE event_id = ? AND erase_after >= ? ORDER BY name`,
  ).all(eventId, today) as { organizationId: number; name: string; role: string | null; email: string | null }[];
  const rows: unknown[][] = [];
  for (const o of sheet.organizations) {
    const named = people.filter((p) => p.organizationId === o.id);
    if (named.length === 0) rows.push([o.name, o.shortName, o.city, o.province, '', '', '', '']);
    for (const p of named) rows.push([o.name, o.shortName, o.city, o.province, p.name, p.role ?? '', p.email ?? '', '']);
  }
  return csvFile([TEXT[lang].signIn, ...rows]);
}

function registerCsv(db: Db, eventId: number, lang: Locale) {
  const lines = stmt(
    db,
    `SELECT o.name, o.short_name AS shortName, a.status, a.people_count AS peopleCount, a.delegate_name AS delegateName,
            a.notes, a.confirmed_at AS confirmedAt, a.updated_at AS updatedAt
     FROM attendance a JOIN organizations o ON o.id = a.organization_id
     WHERE a.event_id = ? ORDER BY o.name`,
  ).all(eventId) as {
    name: string;
    shortName: string;
    status: AttendanceStatus | null;
    peopleCount: number | null;
    delegateName: string | null;
    notes: string | null;
    confirmedAt: string | null;
    updatedAt: string;
  }[];
  return csvFile([
    TEXT[lang].register,
    ...lines.map((l) => [
      l.name,
      l.shortName,
      l.status ? attendanceStatusLabels[l.status][lang] : '',
      l.peopleCount ?? '',
      l.delegateName ?? '',
      l.notes ?? '',
      l.confirmedAt ?? '',
      l.updatedAt,
    ]),
  ]);
}

function minutesText(
  event: EventRow,
  m: { text: string; approvedAt: string | null; approvedByEmail: string | null },
  lang: Locale,
) {
  const t = TEXT[lang];
  const title = lang === 'en' ? event.titleEn || event.titleIt : event.titleIt;
  const approval = m.approvedAt ? `${t.approved} ${m.approvedAt}${m.approvedByEmail ? ` ${t.by} ${m.approvedByEmail}` : ''}` : '';
  return `# ${t.minutes} — ${title}\n\n${t.date}: ${eventDay(event.startsAt)}\n${approval}\n\n${m.text.trim()}\n`;
}

/** Builds the pack in memory; refuses with EVIDENCE_PACK_TOO_LARGE past EVIDENCE_MAX_BYTES. */
export async function buildEvidencePack(
  db: Db,
  f: Filter,
  opts: { lang: Locale; generatedBy: Generator; now?: Date; maxBytes?: number },
): Promise<EvidencePack> {
  const now = opts.now ?? new Date();
  const maxBytes = opts.maxBytes ?? EVIDENCE_MAX_BYTES;
  const today = romeToday(now);
  const entries: Zippable = {};
  const files: ManifestFile[] = [];
  const importsNotKept: NotKeptImport[] = [];
  let total = 0;
  const add = (path: string, bytes: Uint8Array, meta: Omit<ManifestFile, 'path' | 'sha256' | 'bytes'>) => {
    total += bytes.byteLength;
    if (total > maxBytes) throw appError('EVIDENCE_PACK_TOO_LARGE', { megabytes: Math.round(maxBytes / 1024 / 1024) });
    entries[path] = [bytes, { level: COMPRESSED.test(path) ? 0 : 6, mtime: now }];
    files.push({ path, sha256: sha256(bytes), bytes: bytes.byteLength, ...meta });
  };
  const text = (s: string) => new TextEncoder().encode(s);
  const csv = 'text/csv; charset=utf-8';

  const events = eventsOf(db, f);
  const folders = new Set<string>();
  const manifestEvents: Manifest['events'] = [];
  for (const event of events) {
    let folder = `${eventDay(event.startsAt)}-${safeSegment(event.slug, `event-${event.id}`, 80)}`;
    if (folders.has(folder)) folder = `${folder}-${event.id}`;
    folders.add(folder);
    manifestEvents.push({ id: event.id, slug: event.slug, folder, titleIt: event.titleIt, titleEn: event.titleEn, startsAt: event.startsAt, status: event.status });
    const own = { event: event.slug };
    add(`${folder}/sign-in-sheet.csv`, text(signInSheetCsv(db, event.id, opts.lang, today)), { ...own, kind: 'sign-in-sheet', mediaType: csv });
    add(`${folder}/register.csv`, text(registerCsv(db, event.id, opts.lang)), { ...own, kind: 'register', mediaType: csv });

    const imports = stmt(
      db,
      `SELECT id, file_name AS fileName, file_hash AS fileHash, rows, imported_at AS importedAt, content, media_type AS mediaType
       FROM attendance_imports WHERE event_id = ? ORDER BY imported_at, id`,
    ).all(event.id) as { id: number; fileName: string | null; fileHash: string; rows: number; importedAt: string; content: Buffer | null; mediaType: string | null }[];
    for (const imp of imports) {
      if (!imp.content) {
        importsNotKept.push({ event: event.slug, importId: imp.id, fileName: imp.fileName, recordedSha256: imp.fileHash, rows: imp.rows, importedAt: imp.importedAt, reason: 'not kept' });
        continue;
      }
      const bytes = new Uint8Array(imp.content.buffer, imp.content.byteOffset, imp.content.byteLength);
      const name = `${imp.id}-${safeSegment(imp.fileName ?? '', 'file')}`;
      const digest = sha256(bytes);
      add(`${folder}/imports/${name}`, bytes, {
        ...own,
        kind: 'import',
        mediaType: imp.mediaType ?? 'application/octet-stream',
        recordedSha256: imp.fileHash,
        matchesRecordedHash: digest === imp.fileHash,
      });
    }

    const minutes = stmt(
      db,
      `SELECT m.text_it AS textIt, m.text_en AS textEn, m.approved_at AS approvedAt, u.email AS approvedByEmail
       FROM event_minutes m LEFT JOIN users u ON u.id = m.approved_by
       WHERE m.event_id = ? AND m.status = 'approved'`,
    ).get(event.id) as { textIt: string; textEn: string; approvedAt: string | null; approvedByEmail: string | null } | undefined;
    if (minutes) {
      for (const lang of ['it', 'en'] as const) {
        const body = lang === 'it' ? minutes.textIt : minutes.textEn;
        if (!body.trim()) continue;
        add(`${folder}/minutes.${lang}.md`, text(minutesText(event, { ...minutes, text: body }, lang)), { ...own, kind: 'minutes', mediaType: 'text/markdown; charset=utf-8' });
      }
    }

    const decisions = stmt(
      db,
      `SELECT id, decided_on AS decidedOn, text_it AS textIt, text_en AS textEn FROM decisions WHERE event_id = ? ORDER BY decided_on, id`,
    ).all(event.id) as { id: number; decidedOn: string; textIt: string; textEn: string }[];
    if (decisions.length > 0) {
      add(
        `${folder}/decisions.csv`,
        text(csvFile([TEXT[opts.lang].decisions, ...decisions.map((d) => [d.id, d.decidedOn, d.textIt, d.textEn])])),
        { ...own, kind: 'decisions', mediaType: csv },
      );
    }
  }

  // The participation figures of the period, as the dashboard's exports give them to a coordinator.
  const figures = report(db, f, { all: true }, now);
  const base = `partecipazione-${f.from}_${f.to}${f.body ? `-${f.body.slug}` : ''}`;
  add(`${base}.csv`, text(participationCsv(figures, opts.lang)), { kind: 'participation', mediaType: csv });
  add(`${base}.xlsx`, new Uint8Array(await participationXlsx(figures, opts.lang)), {
    kind: 'participation',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });

  const manifest: Manifest = {
    schema: MANIFEST_SCHEMA,
    project: 'COOPERA — PROG 3031 — FAMI 2014-2020',
    period: { from: f.from, to: f.to, timeZone: 'Europe/Rome' },
    body: f.body ? { slug: f.body.slug, nameIt: f.body.nameIt, nameEn: f.body.nameEn } : null,
    language: opts.lang,
    generatedAt: now.toISOString(),
    generatedBy: opts.generatedBy,
    events: manifestEvents,
    files,
    importsNotKept,
  };
  const manifestBytes = text(`${JSON.stringify(manifest, null, 2)}\n`);
  entries['manifest.json'] = [manifestBytes, { level: 6, mtime: now }];
  return {
    zip: zipSync(entries),
    manifest,
    manifestSha256: sha256(manifestBytes),
    fileName: `evidenze-fami-${f.from}_${f.to}${f.body ? `-${f.body.slug}` : ''}.zip`,
  };
}
