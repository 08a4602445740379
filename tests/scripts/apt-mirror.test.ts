// install-system-deps.sh adds bookworm-backports from the Debian mirror the machine's apt
// sources already use (one-line and deb822), so that it works behind a mirror or proxy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const SCRIPT = path.resolve(__dirname, '../../../scripts/install-system-deps.sh');

function mirrorFor(t: { after(fn: () => void): void }, files: Record<string, string>): string {
  const etc = fs.mkdtempSync(path.join(os.tmpdir(), 'apt-etc-'));
  t.after(() => fs.rmSync(etc, { recursive: true, force: true }));
  fs.mkdirSync(path.join(etc, 'sources.list.d'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(etc, name), text);
  return execFileSync('bash', [SCRIPT, '--print-mirror'], { encoding: 'utf8', env: { ...process.env, APT_ETC: etc } }).trim();
}

test('a deb822 .sources stanza for bookworm names the mirror; security and disabled stanzas do not', (t) => {
  const sources =
    'Types: deb\nURIs: http://security.example/debian-security\nSuites: bookworm-security\n\n' +
    'Types: deb\nURIs: http://disabled.example/debian\nSuites: bookworm\nEnabled: no\n\n' +
    'Types: deb-src deb\nURIs: http://mirror.example/debian\nSuites: bookworm bookworm-updates\nComponents: main\n';
  assert.equal(mirrorFor(t, { 'sources.list.d/debian.sources': sources }), 'http://mirror.example/debian');
});

test('a one-line source with options names the mirror; comments and deb-src do not', (t) => {
  const list =
    '# deb http://commented.example/debian bookworm main\n' +
    'deb-src http://src.example/debian bookworm main\n' +
    'deb [arch=amd64 signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://proxy.example:3142/debian bookworm main\n';
  assert.equal(mirrorFor(t, { 'sources.list': list, 'sources.list.d/debian.sources': 'Types: deb\nURIs: http://later.example/debian\nSuites: bookworm\n' }), 'http://proxy.example:3142/debian');
});

test('without a bookworm source the script falls back to deb.debian.org', (t) => {
  assert.equal(mirrorFor(t, { 'sources.list.d/backports.list': 'deb http://x.example/debian bookworm-backports main\n' }), 'http://deb.debian.org/debian');
});
