// What GET /metrics reports: requests, latency, and the batches the server formed.
import { Counter, Gauge, Histogram, Registry } from './prometheus';

export function createServerMetrics() {
  const registry = new Registry();
  return {
    registry,
    requests: registry.add(new Counter('transferlab_http_requests_total', 'HTTP requests by route, method and status.')),
    latency: registry.add(
      new Histogram('transferlab_http_request_duration_seconds', 'HTTP request latency by route.', [
        0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
      ]),
    ),
    batchSizes: registry.add(new Histogram('transferlab_batch_size', 'Texts per model call.', [1, 2, 4, 8, 16, 32, 64, 128, 256])),
    batchSeconds: registry.add(
      new Histogram('transferlab_batch_duration_seconds', 'Model call duration.', [
        0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5,
      ]),
    ),
    queued: registry.add(new Gauge('transferlab_queued_texts', 'Texts waiting for a model call.')),
  };
}
