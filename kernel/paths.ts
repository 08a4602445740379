// Where the package's own files are, from the compiled kernel (dist/kernel/).
import path from 'path';

export const PACKAGE_ROOT = path.resolve(__dirname, '..', '..');
export const CLI_SCRIPT = path.join(PACKAGE_ROOT, 'bin', 'transferlab.js');
export const ASSETS_DIR = path.join(PACKAGE_ROOT, 'kernel', 'assets');
export const NOTEBOOKS_DIR = path.join(PACKAGE_ROOT, 'notebooks');
