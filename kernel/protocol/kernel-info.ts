// kernel_info_reply content. Built without loading TypeScript itself (the
// version comes from the bundled compiler's package.json) so the protocol
// thread can answer it as soon as its sockets are bound.
import path from 'path';
import { PACKAGE_ROOT } from '../paths';
import { PROTOCOL_VERSION } from './wire';

function packageVersion(packageJson: string): string {
  return (require(packageJson) as { version: string }).version;
}

/** `typeChecker` is a transferlab extension: "warming" until the first cell would no longer wait for it. */
export function kernelInfo(typeChecker: 'warming' | 'ready' = 'warming'): Record<string, unknown> {
  const tsVersion = packageVersion('@tslab/typescript-for-tslab/package.json');
  return {
    status: 'ok',
    protocol_version: PROTOCOL_VERSION,
    implementation: 'transferlab',
    implementation_version: packageVersion(path.join(PACKAGE_ROOT, 'package.json')),
    language_info: {
      name: 'typescript',
      version: tsVersion,
      mimetype: 'text/typescript',
      file_extension: '.ts',
      pygments_lexer: 'typescript',
      // JupyterLab reads `mode`; classic Notebook needs name+typescript (see tslab issue 18).
      codemirror_mode: { name: 'javascript', mode: 'typescript', typescript: true },
    },
    banner: `TypeScript ${tsVersion} on Node.js ${process.version} (transferlab kernel; cells are type-checked)`,
    debugger: false,
    transferlab: { type_checker: typeChecker },
  };
}
