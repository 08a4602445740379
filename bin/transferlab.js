#!/usr/bin/env node
// The transferlab command line: kernel install / lab / tutorials live in the
// kernel, serve / predict in the deploy module.
'use strict';
const path = require('path');

const [command, ...args] = process.argv.slice(2);
const dist = path.join(__dirname, '..', 'dist');
const modules = {
  install: 'kernel/cli',
  kernel: 'kernel/cli',
  lab: 'kernel/cli',
  notebook: 'kernel/cli',
  serve: 'src/deploy/cli',
  predict: 'src/deploy/cli',
};
if (!command || !modules[command]) {
  console.error(
    'usage: transferlab <command>\n' +
      '  install [--user|--sys-prefix|--prefix DIR]  install the Jupyter kernelspec\n' +
      '  lab | notebook                            open the tutorials in Jupyter\n' +
      '  serve DIR [--port N]                      serve a saved model over HTTP\n' +
      '  predict DIR "text" ...                    predict from the command line',
  );
  process.exit(command ? 2 : 0);
}
let main;
try {
  ({ main } = require(path.join(dist, modules[command])));
} catch (err) {
  console.error(`transferlab: cannot load ${modules[command]} (${err.message}). Run \`npm run build\` first.`);
  process.exit(1);
}
Promise.resolve(main(command, args)).then(
  (code) => { if (typeof code === 'number') process.exitCode = code; },
  (err) => { console.error(`transferlab ${command}: ${err.message}`); process.exit(1); },
);
