import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '../db/client';
import { compressForReuse, compressOnce, isCompressible, MIN_COMPRESS_BYTES, negotiateEncoding, type Encoding } from './compress';

/**
 * A finished answer kept in memory: status, the headers that describe the body, the body, its
 * (weak) ETag, and its compressed variants, each made once on first demand.
 */
export type StoredResponse = {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  etag: string;
  /** Worth compressing (big enough, a text type): then the answer varies with Accept-Encoding. */
  compressible: boolean;
  variants: Partial<Record<Encoding, Buffer>>;
};

/** Weak: the same representation whether it goes out as brotli, gzip or plain. */
export const etagOf = (body: Buffer) => `W/"${createHash('sha1').update(body).digest('base64url')}"`;

export function storedResponse(status: number, headers: Record<string, string>, body: Buffer | string): StoredResponse {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  const contentType = Object.entries(headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1];
  const compressible = bytes.length >= MIN_COMPRESS_BYTES && isCompressible(contentType);
  // Vary is part of the stored headers, worked out once.
  const stored = Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== 'vary'));
  const vary = Object.entries(headers).find(([k]) => k.toLowerCase() === 'vary')?.[1];
  const fields = (vary ?? '').split(',').map((f) => f.trim()).filter(Boolean);
  if (compressible && !fields.some((f) => f.toLowerCase() === 'accept-encoding')) fields.push('Accept-Encoding');
  if (fields.length) stored.Vary = fields.join(', ');
  return { status, headers: stored, body: bytes, etag: etagOf(bytes), compressible, variants: {} };
}

/** If-None-Match against an ETag, weak comparison (RFC 9110 §13.1.2). */
export function matchesEtag(req: IncomingMessage, etag: string): boolean {
  const header = req.headers['if-none-match'];
  if (!header) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => t.trim() === '*' || bare(t) === bare(etag));
}

export function appendVary(res: ServerResponse, field: string) {
  const current = String(res.getHeader('Vary') ?? '');
  const fields = current.split(',').map((f) => f.trim()).filter(Boolean);
  if (!fields.some((f) => f.toLowerCase() === field.toLowerCase())) res.setHeader('Vary', [...fields, field].join(', '));
}

/**
 * Sends a stored answer: ETag, 304 when the client holds the same representation, else the body in
 * the best encoding the client accepts (made once per stored answer and kept).
 */
export function sendStored(req: IncomingMessage, res: ServerResponse, r: StoredResponse, cacheControl: string) {
  for (const k in r.headers) res.setHeader(k, r.headers[k]!);
  res.setHeader('Cache-Control', cacheControl);
  if (r.status === 200) {
    res.setHeader('ETag', r.etag);
    if ((req.method === 'GET' || req.method === 'HEAD') && matchesEtag(req, r.etag)) {
      res.writeHead(304).end();
      return;
    }
  }
  let body = r.body;
  const encoding = r.compressible ? negotiateEncoding(req) : null;
  if (encoding) {
    const variant = (r.variants[encoding] ??= compressForReuse(r.body, encoding));
    if (variant.length < body.length) {
      body = variant;
      res.setHeader('Content-Encoding', encoding);
    }
  }
  res.setHeader('Content-Length', body.length);
  res.writeHead(r.status);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Sends an answer that will not be kept (a signed-in member's): compressed off the event loop when the
 * client accepts it and the body is big enough; no ETag.
 */
export async function sendOnce(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  headers: Record<string, string | string[]>,
  body: Buffer,
) {
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  const contentType = String(res.getHeader('Content-Type') ?? '');
  const compressible = body.length >= MIN_COMPRESS_BYTES && isCompressible(contentType);
  let out = body;
  if (compressible) {
    appendVary(res, 'Accept-Encoding');
    const encoding = negotiateEncoding(req);
    if (encoding) {
      const compressed = await compressOnce(body, encoding);
      if (compressed.length < body.length) {
        out = compressed;
        res.setHeader('Content-Encoding', encoding);
      }
    }
  }
  if (res.destroyed) return;
  res.setHeader('Content-Length', out.length);
  res.writeHead(status);
  res.end(req.method === 'HEAD' ? undefined : out);
}

export type PublicCacheOptions = {
  /** Changes whenever anything is written to the database: every entry is dropped when it does. */
  generation: () => string;
  /** Oldest an entry may be (answers may depend on today's date); 0 turns the cache off. */
  ttlMs: number;
  maxEntries: number;
  /** Larger answers are served but not kept. */
  maxBodyBytes: number;
};

/**
 * Serialized public answers (anonymous tRPC queries, open-data files), keyed by path + query. Any
 * committed write to the database — through this connection (SQLite's total_changes()) or another
 * process's (PRAGMA data_version) — starts a new generation and drops every entry, so nothing stale is
 * ever served; a TTL bounds answers that depend on the date. Nothing that depends on who asks goes in:
 * callers only store answers computed for an anonymous visitor.
 */
export class PublicCache {
  private entries = new Map<string, { response: StoredResponse; at: number }>();
  private current: string | undefined;
  hits = 0;
  misses = 0;

  constructor(private readonly opts: PublicCacheOptions) {}

  get enabled() {
    return this.opts.ttlMs > 0 && this.opts.maxEntries > 0;
  }

  /** The generation now; entries of an older one are dropped. */
  generation(): string {
    const g = this.opts.generation();
    if (g !== this.current) {
      this.entries.clear();
      this.current = g;
    }
    return g;
  }

  get(key: string): StoredResponse | undefined {
    if (!this.enabled) return undefined;
    this.generation();
    const entry = this.entries.get(key);
    if (entry && Date.now() - entry.at <= this.opts.ttlMs) {
      this.hits++;
      return entry.response;
    }
    if (entry) this.entries.delete(key);
    this.misses++;
    return undefined;
  }

  /**
   * Keeps an answer computed during `generation` (read before computing it): when anything was written
   * meanwhile, the answer may already be stale and is not kept.
   */
  set(key: string, response: StoredResponse, generation: string) {
    if (!this.enabled || response.body.length > this.opts.maxBodyBytes) return;
    if (this.generation() !== generation) return;
    if (this.entries.size >= this.opts.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { response, at: Date.now() });
  }

  get size() {
    return this.entries.size;
  }
}

/** The database's write generation: rows changed through this connection + commits by other connections. */
export function databaseGeneration(db: Db): () => string {
  // Run on every cacheable request: about a microsecond for both (a WAL file).
  const changes = db.$client.prepare('SELECT total_changes()').pluck();
  const dataVersion = db.$client.prepare('PRAGMA data_version').pluck();
  return () => `${changes.get() as number}:${dataVersion.get() as number}`;
}

export type CacheSettings = { ttlMs: number; maxEntries: number };

