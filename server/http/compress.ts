import type { IncomingMessage } from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

export type Encoding = 'br' | 'gzip';

/** Bodies smaller than this go out as they are: compressing them saves less than it costs. */
export const MIN_COMPRESS_BYTES = 1024;

/** Content types worth compressing (text; images and archives are compressed already). */
export const isCompressible = (contentType: string | undefined) =>
  !!contentType && /^(text\/|application\/(json|geo\+json|javascript|xml|manifest\+json)|image\/svg\+xml)/i.test(contentType);

/**
 * The encoding to answer with, from Accept-Encoding: brotli when the client takes it, else gzip, else
 * none. `q=0` refuses an encoding; `*` stands for any encoding not named.
 */
export function negotiateEncoding(req: IncomingMessage): Encoding | null {
  const header = req.headers['accept-encoding'];
  if (!header) return null;
  // Clients send a handful of distinct values: parse each once.
  const known = negotiated.get(header);
  if (known !== undefined) return known;
  const encoding = parseAcceptEncoding(header);
  if (negotiated.size >= 100) negotiated.clear();
  negotiated.set(header, encoding);
  return encoding;
}
const negotiated = new Map<string, Encoding | null>();

function parseAcceptEncoding(header: string): Encoding | null {
  const q = new Map<string, number>();
  for (const part of String(header).toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name.trim(), Number.isFinite(value) ? value : 0);
  }
  const accepts = (e: string) => (q.get(e) ?? q.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return null;
}

const brotliOptions = (quality: number, size: number): zlib.BrotliOptions => ({
  params: {
    [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
    [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: size,
  },
});

/**
 * Compresses once, synchronously, at a high level: for bodies that are kept and sent many times
 * (the public cache, index.html).
 */
export function compressForReuse(body: Buffer, encoding: Encoding): Buffer {
  return encoding === 'br'
    ? zlib.brotliCompressSync(body, brotliOptions(9, body.length))
    : zlib.gzipSync(body, { level: 9 });
}

const brotliAsync = promisify(zlib.brotliCompress);
const gzipAsync = promisify(zlib.gzip);

/**
 * Compresses a body sent once, off the event loop (zlib's thread pool), at a fast level: for answers
 * that cannot be cached (a signed-in member's).
 */
export function compressOnce(body: Buffer, encoding: Encoding): Promise<Buffer> {
  return encoding === 'br' ? brotliAsync(body, brotliOptions(4, body.length)) : gzipAsync(body, { level: 6 });
}
