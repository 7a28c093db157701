/**
 * `GET /api/reports/participation.csv|.xlsx?from=&to=&body=&lang=`: the participation figures of a
 * period, one row per organisation, for signed-in members. The request goes through the same tRPC
 * procedure as the dashboard (`dashboard.report`), so sign-in, roles and scoping are decided in one place.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import writeXlsxFile, { type Row } from 'write-excel-file/node';
import { sanitizeTextContent } from 'write-excel-file/utility';
import {
  membershipRoleLabels,
  membershipStatusLabels,
  organizationTypeLabels,
  type RecordLocale as Locale,
} from '../../shared/enums';
import { participationReportQuery } from '../../shared/schemas/dashboard';
import { createHttpContextFactory, type HttpContextOptions } from '../context';
import type { Db } from '../db/client';
import { createCaller } from '../router';
import type { report } from './service';
import { TRPCError } from '@trpc/server';
import { appError } from '../errors';
import { csvFile, neutralCell } from '../http/spreadsheet';

type Report = ReturnType<typeof report>;
/** A write-excel-file "feature" (its last overload: sheets, then options). */
type XlsxFeature = NonNullable<NonNullable<Parameters<typeof writeXlsxFile>[1]>['features']>[number];

const COLUMNS: Record<Locale, string[]> = {
  it: ['Ente', 'Tipo di ente', 'Ruolo', 'Stato', 'Invitato', 'Presente', 'Assente', 'Assente giustificato', 'Non registrato', 'Tasso di presenza (%)'],
  en: ['Organisation', 'Type', 'Role', 'Status', 'Invited', 'Present', 'Absent', 'Excused', 'Not recorded', 'Attendance rate (%)'],
};

const TEXT = {
  it: {
    title: 'COOPERA — PROG 3031 — FAMI 2014-2020 — Partecipazione degli enti',
    period: 'Periodo',
    body: 'Organismo',
    allBodies: 'Tutti gli organismi',
    generated: 'Generato il',
    rule: 'Tasso = presenti / (presenti + assenti): conta solo gli eventi svolti a cui l’ente era invitato; assenze giustificate escluse dal denominatore; righe non registrate ignorate.',
    sheet: 'Partecipazione',
    demo: 'DATI DIMOSTRATIVI (sintetici, non reali)',
  },
  en: {
    title: 'COOPERA — PROG 3031 — AMIF 2014-2020 — Participation of the organisations',
    period: 'Period',
    body: 'Body',
    allBodies: 'All bodies',
    generated: 'Generated on',
    rule: 'Rate = present / (present + absent): only held events the organisation was invited to; excused absences left out of the denominator; lines not recorded ignored.',
    sheet: 'Participation',
    demo: 'DEMO DATA (synthetic, not real)',
  },
};

/** "12.5", or "12,5" for the semicolon variant (Italian Excel reads a decimal comma). */
const percent = (rate: number | null, decimalComma = false) => {
  if (rate === null) return '';
  const text = (Math.round(rate * 1000) / 10).toFixed(1);
  return decimalComma ? text.replace('.', ',') : text;
};

function tableRows(data: Report, lang: Locale) {
  return data.organizations.items.map((o) => [
    o.name,
    organizationTypeLabels[o.type][lang],
    o.role ? membershipRoleLabels[o.role][lang] : '',
    o.membershipStatus ? membershipStatusLabels[o.membershipStatus][lang] + (o.endDate ? ` (${o.endDate})` : '') : '',
    o.invited,
    o.present,
    o.absent,
    o.excused,
    o.unrecorded,
    o.rate,
  ] as const);
}

/**
 * RFC 4180 with a BOM and formula-neutral cells (server/http/spreadsheet.ts); `semicolon`: the variant
 * Italian Excel writes and opens by double-click, `;` between fields and a decimal comma.
 */
export function participationCsv(data: Report, lang: Locale, sep: 'comma' | 'semicolon' = 'comma'): string {
  const semicolon = sep === 'semicolon';
  const rows = tableRows(data, lang).map((r) => [...r.slice(0, 9), percent(r[9], semicolon)]);
  return csvFile([COLUMNS[lang], ...rows], { delimiter: semicolon ? ';' : ',' });
}

/**
 * What write-excel-file leaves to "features": the document's title (docProps/core.xml, shown by Excel
 * and by file managers) and an autofilter over the table's header and rows.
 */
function titleAndAutoFilter(title: string, filterRef: string): XlsxFeature {
  const core =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${sanitizeTextContent(title)}</dc:title><dc:creator>COOPERA Network</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${new Date().toISOString().slice(0, 19)}Z</dcterms:created>` +
    '</cp:coreProperties>';
  return {
    files: {
      transform: {
        '[Content_Types].xml': {
          transform: (xml) =>
            xml.replace('</Types>', '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'),
        },
        '_rels/.rels': {
          transform: (xml) =>
            xml.replace(
              '</Relationships>',
              '<Relationship Id="rId-coopera-core" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
            ),
        },
        'xl/worksheets/sheet{id}.xml': {
          // After sheetData (and before mergeCells, drawing…), as ECMA-376 orders a worksheet's parts.
          transform: (xml) => xml.replace('</sheetData>', `</sheetData><autoFilter ref="${filterRef}"/>`),
        },
      },
      write: { files: () => ({ 'docProps/core.xml': core }) },
    },
  };
}

export async function participationXlsx(data: Report, lang: Locale): Promise<Buffer> {
  const t = TEXT[lang];
  const s = data.summary;
  const bold = { fontWeight: 'bold' as const };
  const header: Row = COLUMNS[lang].map((value) => ({ value, ...bold, backgroundColor: '#E6F0FA', wrap: true }));
  const day = (iso: string) => ({ value: new Date(`${iso.slice(0, 10)}T00:00:00Z`), type: Date, format: lang === 'it' ? 'dd/mm/yyyy' : 'yyyy-mm-dd' });
  const sheet: Row[] = [
    [{ value: t.title, ...bold, fontSize: 13 }],
    ...(s.dataset ? [[{ value: t.demo, ...bold, textColor: '#995C00' }] as Row] : []),
    // Real date cells: a spreadsheet sorts, filters and computes with them.
    [t.period, day(s.from), day(s.to)],
    [`${t.body}: ${s.body ? (lang === 'en' ? s.body.nameEn : s.body.nameIt) : t.allBodies}`],
    [t.generated, day(data.generatedAt)],
    [t.rule],
    [],
    header,
    ...tableRows(data, lang).map((r): Row => [
      // A string cell is never evaluated, but becomes a formula as soon as someone edits it: the same
      // neutral text as the CSV.
      ...r.slice(0, 9).map((value) => (value === null ? null : { value: neutralCell(value) as string | number })),
      r[9] === null ? null : { value: r[9], format: '0.0%' },
    ]),
  ];
  const headerRow = sheet.indexOf(header) + 1;
  const filterRef = `A${headerRow}:J${Math.max(headerRow, sheet.length)}`;
  return writeXlsxFile([{ data: sheet, sheet: t.sheet, columns: [{ width: 44 }, { width: 24 }, { width: 16 }, { width: 18 }, ...Array(6).fill({ width: 12 })], stickyRowsCount: headerRow }], {
    fontFamily: 'Calibri',
    fontSize: 11,
    features: [titleAndAutoFilter(t.title, filterRef)],
  }).toBuffer();
}

const ROUTES: Record<string, 'csv' | 'xlsx'> = {
  '/api/reports/participation.csv': 'csv',
  '/api/reports/participation.xlsx': 'xlsx',
};

const sendError = (res: ServerResponse, status: number, error: string) => {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify({ error }));
};

/** Serves the participation exports; returns false when the path is not one of them. */
export function handleReports(
  db: Db,
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  opts: HttpContextOptions,
): boolean {
  const format = ROUTES[pathname];
  if (!format) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return true;
  }
  void (async () => {
    const query = participationReportQuery.safeParse(Object.fromEntries(new URL(req.url ?? '/', 'http://x').searchParams));
    const caller = createCaller(createHttpContextFactory(db, opts)({ req, res }));
    try {
      if (!query.success) throw appError('INVALID_PERIOD');
      const { lang, sep, ...filter } = query.data;
      const data = await caller.dashboard.report(filter);
      const name = `partecipazione-${filter.from}_${filter.to}${filter.body ? `-${filter.body}` : ''}.${format}`;
      const body = format === 'csv' ? Buffer.from(participationCsv(data, lang, sep)) : await participationXlsx(data, lang);
      res.writeHead(200, {
        'Content-Type':
          format === 'csv'
            ? 'text/csv; charset=utf-8; header=present'
            : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="${name}"`,
        'Content-Length': body.length,
        // Members-only figures: never stored by shared caches or the browser.
        'Cache-Control': 'private, no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      if (error instanceof TRPCError) {
        // A signed-out visitor or a bad query: the same answer the tRPC endpoint would give.
        return sendError(res, getHTTPStatusCodeFromError(error), error.code === 'INTERNAL_SERVER_ERROR' ? 'Internal error' : error.message);
      }
      console.error('participation report:', error);
      sendError(res, 500, 'Internal error');
    }
  })();
  return true;
}
