import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emailText, decodeHeader, htmlToText } from '../../src/data/email';

test('plain message: subject and body, headers dropped, folded subject unfolded', () => {
  const raw = 'From: a@b.c\nSubject: Hello\n  world\nX-Spam: no\n\nFirst line.\n\n\n\nLast line.\n';
  assert.deepEqual(emailText(raw), { subject: 'Hello world', body: 'First line.\n\nLast line.' });
});

test('quoted-printable, base64 and multipart: the text/plain part wins over HTML', () => {
  const raw = [
    'Subject: =?utf-8?B?Q2Fmw6k=?= =?iso-8859-1?Q?_men=FC?=',
    'Content-Type: multipart/alternative; boundary="XX"',
    '',
    'preamble',
    '--XX',
    'Content-Type: text/plain; charset=iso-8859-1',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    'Caf=E9 au lait, soft=',
    'break.',
    '--XX',
    'Content-Type: text/html',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from('<p>ignored</p>').toString('base64'),
    '--XX--',
  ].join('\n');
  assert.deepEqual(emailText(raw), { subject: 'Café menü', body: 'Café au lait, softbreak.' });
});

test('HTML-only message is reduced to text', () => {
  const raw = 'Subject: Offer\nContent-Type: text/html\n\n<html><style>p{}</style><body><p>Buy &amp; save&#33;</p><br>Now</body></html>';
  assert.deepEqual(emailText(raw), { subject: 'Offer', body: 'Buy & save!\nNow' });
  assert.equal(htmlToText('a<script>x()</script>b'), 'a b');
  assert.equal(decodeHeader('plain'), 'plain');
});

test('HTML sent without an HTML content type is still reduced to text', () => {
  const raw = 'Subject: Deal\n\n<HTML><BODY><p>Cheap &amp; fast</p></BODY></HTML>';
  assert.deepEqual(emailText(raw), { subject: 'Deal', body: 'Cheap & fast' });
  const plain = 'Subject: Code\n\nUse <b> for bold.';
  assert.equal(emailText(plain).body, 'Use <b> for bold.');
});
