import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decode, encode, newHeader, Signer } from '../../kernel/protocol/wire';

const frames = (parts: Array<Buffer | string>) => parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p));

test('messages round-trip with identities and an HMAC-SHA256 signature', () => {
  const signer = new Signer('secret');
  const header = newHeader('execute_request', 'session-1');
  const wire = frames(encode(signer, [Buffer.from('client-id')], header, {}, { code: '1+1' }));
  const message = decode(wire, signer);
  assert.ok(typeof message !== 'string', String(message));
  assert.deepEqual(message.identities, [Buffer.from('client-id')]);
  assert.equal(message.header.msg_type, 'execute_request');
  assert.equal(message.header.version, '5.3');
  assert.deepEqual(message.content, { code: '1+1' });
});

test('a bad signature or a missing delimiter is rejected with the reason', () => {
  const wire = frames(encode(new Signer('secret'), [], newHeader('x', 's'), {}, {}));
  assert.match(String(decode(wire, new Signer('other key'))), /invalid HMAC signature/);
  assert.match(String(decode(wire.slice(1), new Signer('secret'))), /without <IDS\|MSG> delimiter/);
});

test('an empty key means unsigned messages', () => {
  const signer = new Signer('');
  const wire = frames(encode(signer, [], newHeader('x', 's'), {}, {}));
  assert.equal(wire[1].toString(), '');
  assert.notEqual(typeof decode(wire, signer), 'string');
  assert.throws(() => new Signer('k', 'hmac-md5'), /signature_scheme hmac-md5 is not supported/);
});
