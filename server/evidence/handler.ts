/**
 * `GET /api/reports/evidence.zip?from=&to=&body=&lang=`: the FAMI evidence pack (server/evidence/service.ts)
 * for coordinators and admins. Refusals answer JSON `{ code, params, error }` with the code of
 * shared/errors.ts, so the page says why in its own language. Every pack handed out leaves an audit
 * row (entity `evidence_pack`): who, when, which period, and the manifest's SHA-256.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { evidencePackQuery } from '../../shared/schemas/dashboard';
import { errorDefinitions } from '../../shared/errors';
import { writeAudit } from '../audit/audited';
import { createHttpContextFactory, type HttpContextOptions } from '../context';
import { resolveFilter } from '../dashboard/service';
import type { Db } from '../db/client';
import { AppError, appError } from '../errors';
import { assertAtLeast } from '../trpc';
import { buildEvidencePack } from './service';

export const EVIDENCE_PATH = '/api/reports/evidence.zip';

const sendError = (res: ServerResponse, error: AppError) => {
  res.writeHead(getHTTPStatusCodeFromError(error), { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify({ code: error.appCode, params: error.params, error: error.message }));
};

export function handleEvidencePack(db: Db, req: IncomingMessage, res: ServerResponse, opts: HttpContextOptions & { maxBytes?: number }) {
  if (req.method !== 'GET') {
    res.writeHead(405, { Allow: 'GET' }).end();
    return;
  }
  void (async () => {
    try {
      const ctx = createHttpContextFactory(db, opts)({ req, res });
      assertAtLeast(ctx, 'coordinator');
      const query = evidencePackQuery.safeParse(Object.fromEntries(new URL(req.url ?? '/', 'http://x').searchParams));
      if (!query.success) throw appError('INVALID_PERIOD');
      const { lang, ...input } = query.data;
      const filter = resolveFilter(db, input);
      const generatedBy = { id: ctx.user.id, email: ctx.user.email };
      const pack = await buildEvidencePack(db, filter, { lang, generatedBy, maxBytes: opts.maxBytes });
      db.transaction((tx) =>
        writeAudit(tx, ctx.user, {
          action: 'create',
          entity: 'evidence_pack',
          // A pack is not a stored record: the row itself is the trace of the download.
          entityId: 0,
          organizationId: null,
          before: null,
          after: {
            from: filter.from,
            to: filter.to,
            body: filter.body?.slug ?? null,
            language: lang,
            events: pack.manifest.events.length,
            files: pack.manifest.files.length,
            importsNotKept: pack.manifest.importsNotKept.length,
            bytes: pack.zip.byteLength,
            manifestSha256: pack.manifestSha256,
            generatedAt: pack.manifest.generatedAt,
          },
        }),
      );
      res.writeHead(200, {
        'Content-Type': 'application/zip',
        'Content-Disposition': `attachment; filename="${pack.fileName}"`,
        'Content-Length': pack.zip.byteLength,
        // Members-only evidence, some of it personal: never kept by caches or the browser.
        'Cache-Control': 'private, no-store',
        'X-Manifest-SHA256': pack.manifestSha256,
      });
      res.end(pack.zip);
    } catch (error) {
      if (error instanceof AppError) return sendError(res, error);
      console.error('evidence pack:', error);
      if (res.headersSent) return res.destroy();
      res.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify({ code: 'INTERNAL', params: {}, error: errorDefinitions.INTERNAL.message }));
    }
  })();
}
