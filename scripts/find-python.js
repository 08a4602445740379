// Finds a Python that has Jupyter's client libraries: Debian's /usr/bin/python3
// (where apt installs them) before whatever python3 is first on PATH (pyenv, venvs).
'use strict';
const { spawnSync } = require('child_process');

function findJupyterPython(modules = ['nbclient', 'nbconvert', 'jupyter_client']) {
  const check = `import ${modules.join(', ')}`;
  for (const candidate of ['/usr/bin/python3', 'python3', 'python']) {
    const r = spawnSync(candidate, ['-c', check], { stdio: 'ignore' });
    if (r.status === 0) return candidate;
  }
  throw new Error(
    `no Python with ${modules.join(', ')} found. On Debian: apt-get install jupyter-notebook jupyter-nbconvert ` +
      'python3-nbclient python3-jupyter-kernel-test; elsewhere: pip install notebook nbclient jupyter_kernel_test',
  );
}

module.exports = { findJupyterPython };
