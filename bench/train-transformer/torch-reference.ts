// Runs reference.py with Debian's python3-torch (/usr/bin/python3: the python3 on
// PATH may be another one without torch), or says why it cannot.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { MODEL, RUN } from './config';

export interface TorchResult {
  trainSeconds: number;
  inferSeconds: number;
  torch: string;
}

const PYTHON = '/usr/bin/python3';

export function runTorchReference(): TorchResult | string {
  if (!fs.existsSync(PYTHON)) return `${PYTHON} not found (apt-get install python3-torch)`;
  // The script sits next to this file's TypeScript source; dist/ holds only the compiled JS.
  const script = path.resolve(__dirname, '..', '..', '..', 'bench', 'train-transformer', 'reference.py');
  const cfg = { ...MODEL, threads: RUN.threads, trainSteps: RUN.steps, inferSteps: RUN.inferSteps };
  const run = spawnSync(PYTHON, [script, JSON.stringify(cfg)], { encoding: 'utf8', timeout: 600_000 });
  if (run.status !== 0) {
    const why = (run.stderr || run.error?.message || '').trim().split('\n').at(-1);
    return /No module named 'torch'/.test(why ?? '') ? 'python3-torch is not installed (apt-get install python3-torch)' : `reference.py failed: ${why}`;
  }
  return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as TorchResult;
}
