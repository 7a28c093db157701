import http from 'node:http';

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; text: string; ms: number };

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

/**
 * One HTTP request, answered or not: resolves with the response even when the server answers
 * before reading the whole body (413) and closes the connection under our feet.
 */
export function rawRequest(
  port: number,
  opts: { method: string; path: string; headers?: Record<string, string>; body?: string | Buffer; chunked?: boolean },
): Promise<RawResponse> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const body = typeof opts.body === 'string' ? Buffer.from(opts.body, 'utf8') : opts.body;
    const headers: Record<string, string> = { ...opts.headers };
    if (body && !opts.chunked) headers['content-length'] = String(body.length);
    const req = http.request({ host: '127.0.0.1', port, method: opts.method, path: opts.path, headers, agent });
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }),
      );
      res.on('error', reject);
    });
    req.on('error', (err) => {
      if (!answered) reject(err);
    });
    if (body && opts.chunked) {
      // Several chunks, no Content-Length: the server has to count as it reads.
      for (let i = 0; i < body.length; i += 64 * 1024) req.write(body.subarray(i, i + 64 * 1024));
      req.end();
    } else req.end(body);
  });
}

/** The query string value of a tRPC GET input; texts with lone surrogates are sent well-formed. */
export function encodeInput(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return encodeURIComponent(Buffer.from(text, 'utf8').toString('utf8'));
  }
}
