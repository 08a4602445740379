// One autocannon run against POST /predict: every request one short review.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (opts: object) => Promise<AutocannonResult>;

interface AutocannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}

export interface LoadResult {
  concurrency: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

export async function loadTest(url: string, texts: string[], concurrency: number, amount: number): Promise<LoadResult> {
  let next = 0;
  const result = await autocannon({
    url,
    connections: concurrency,
    amount,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        path: '/predict',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req: object) => ({ ...req, body: JSON.stringify({ texts: [texts[next++ % texts.length]] }) }),
      },
    ],
  });
  return {
    concurrency,
    requests: amount,
    // Over the whole run: autocannon's per-second average ignores a last partial second.
    requestsPerSecond: amount / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
