// Every training test runs on the cpu backend: deterministic and available everywhere.
import { tf } from '../../src/tf';

export async function useCpu(): Promise<void> {
  await tf.setBackend('cpu');
  await tf.ready();
}
