/**
 * Preloaded into the server by the load script (`node --import`): once a second, prints how long
 * the event loop was blocked and where the memory is (V8 heap or outside it), so that a latency
 * spike or a growing RSS can be told apart from a busy machine or a heap still sizing itself.
 * Measures only; the application is unchanged.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

const histogram = monitorEventLoopDelay({ resolution: 10 });
histogram.enable();
setInterval(() => {
  const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
  const line = {
    maxMs: histogram.max / 1e6,
    p99Ms: histogram.percentile(99) / 1e6,
    meanMs: histogram.mean / 1e6,
    rss,
    heapUsed,
    heapTotal,
    external,
  };
  process.stderr.write(`STRESS_PROBE ${JSON.stringify(line)}\n`);
  histogram.reset();
}, 1000).unref();
