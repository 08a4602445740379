// The environment of a bench's PyTorch child (bench/hf, bench/generate): OpenBLAS on its library
// path when found (Debian's python3-torch otherwise runs the reference BLAS, ~50x slower, which
// makes any comparison meaningless), and OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE unset (they force a
// slower kernel on this machine) — in that child only; tests keep the environment as it is.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const OPENBLAS_DIRS = [
  process.env.TRANSFERLAB_BENCH_OPENBLAS,
  path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'transferlab', 'bench', 'openblas'),
  '/usr/lib/x86_64-linux-gnu/openblas-pthread',
].filter((d): d is string => !!d);

export interface TorchEnv {
  env: NodeJS.ProcessEnv;
  /** The OpenBLAS folder put on LD_LIBRARY_PATH, if one was found. */
  openblas: string | undefined;
  /** '' with OpenBLAS, else a warning to print beside PyTorch's figures. */
  note: string;
}

export function torchEnv(): TorchEnv {
  const env = { ...process.env };
  delete env.OPENBLAS_CORETYPE;
  delete env.OPENBLAS_L2_SIZE;
  const openblas = OPENBLAS_DIRS.find((d) => fs.existsSync(path.join(d, 'libblas.so.3')));
  if (openblas) env.LD_LIBRARY_PATH = [openblas, env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  const note = openblas ? '' : ' — WARNING: no OpenBLAS found, PyTorch runs the reference BLAS; run `bash bench/hf/get-openblas.sh` first';
  return { env, openblas, note };
}
