import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export type LogLine = {
  time: string;
  id: string;
  method: string;
  path: string;
  status: number;
  ms: number;
};

/**
 * One JSON line per request, written when the response finishes. Only the path is logged:
 * query strings and bodies may carry search text or credentials, cookies never appear.
 */
export function logRequests(req: IncomingMessage, res: ServerResponse, write: (line: LogLine) => void) {
  const started = process.hrtime.bigint();
  const id = randomUUID();
  res.setHeader('X-Request-Id', id);
  res.once('finish', () => {
    write({
      time: new Date().toISOString(),
      id,
      method: req.method ?? '',
      path: (req.url ?? '/').split('?')[0]!,
      status: res.statusCode,
      ms: Number((process.hrtime.bigint() - started) / 10_000n) / 100,
    });
  });
}

export const stdoutLog = (line: LogLine) => process.stdout.write(`${JSON.stringify(line)}\n`);
