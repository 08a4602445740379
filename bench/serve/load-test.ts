// One autocannon run against POST /predict: every request one short review.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (opts: object, done: (err: Error | null, result: AutocannonResult) => void) => AutocannonInstance;

interface AutocannonInstance {
  on(event: 'response', listener: () => void): void;
}

interface AutocannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
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
  const options = {
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
  };
  // autocannon's own duration (and start/finish) ends at its one-second ticker, so a
  // 4.1 s run reads as 5 s: time the run from its start to its last response instead.
  const started = performance.now();
  let lastResponse = started;
  const result = await new Promise<AutocannonResult>((resolve, reject) => {
    const instance = autocannon(options, (err, res) => (err ? reject(err) : resolve(res)));
    instance.on('response', () => (lastResponse = performance.now()));
  });
  return {
    concurrency,
    requests: amount,
    requestsPerSecond: amount / ((lastResponse - started) / 1000),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
