// What GET /metrics reports, through prom-client: requests, latency, the batches the server
// formed, and prom-client's default process, heap and event-loop metrics. Each server has its
// own Registry, so several servers in one process (tests, notebooks) do not clash.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export function createServerMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    requests: new Counter({
      name: 'transferlab_http_requests_total',
      help: 'HTTP requests by route, method and status.',
      labelNames: ['route', 'method', 'status'] as const,
      registers,
    }),
    latency: new Histogram({
      name: 'transferlab_http_request_duration_seconds',
      help: 'HTTP request latency by route.',
      labelNames: ['route'] as const,
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    batchSizes: new Histogram({
      name: 'transferlab_batch_size',
      help: 'Texts per model call.',
      buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256],
      registers,
    }),
    batchSeconds: new Histogram({
      name: 'transferlab_batch_duration_seconds',
      help: 'Model call duration.',
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    }),
    queued: new Gauge({ name: 'transferlab_queued_texts', help: 'Texts waiting for a model call.', registers }),
  };
}
