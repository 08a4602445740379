// Zero-shot labels: a name (what predict returns) and a description (what the text
// is compared with), filled into each template of an ensemble.

/** A label as a plain name (it is its own description) or a name with a description. */
export type ZeroShotLabel = string | { name: string; description: string };

export interface LabelDescription {
  name: string;
  description: string;
}

/** Templates that work across topics and sentiment; '{}' stands for the label's description. */
export const DEFAULT_TEMPLATES: readonly string[] = ['{}', 'This is {}.', 'This example is {}.', 'This text is about {}.'];

const CALLER = 'tl.zeroShot(encoder, options)';

export function labelDescriptions(labels: unknown): LabelDescription[] {
  if (!Array.isArray(labels) || labels.length < 2) {
    throw new Error(
      `${CALLER}: options.labels must list at least two labels, got ${Array.isArray(labels) ? labels.length : typeof labels}; ` +
        `e.g. { labels: ['sports', 'politics'] } or [{ name: 'pos', description: 'a positive review' }, ...].`,
    );
  }
  const out = labels.map((label, i): LabelDescription => {
    if (typeof label === 'string') {
      if (label.trim() === '') throw new Error(`${CALLER}: options.labels[${i}] is an empty string; give every label a name.`);
      return { name: label, description: label };
    }
    if (typeof label !== 'object' || label === null || typeof label.name !== 'string' || label.name === '') {
      throw new Error(`${CALLER}: options.labels[${i}] must be a non-empty string or { name, description }, got ${JSON.stringify(label)}.`);
    }
    if (typeof label.description !== 'string' || label.description.trim() === '') {
      throw new Error(`${CALLER}: options.labels[${i}].description (label '${label.name}') is empty; describe the label in a few words, e.g. 'a positive movie review'.`);
    }
    const extra = Object.keys(label).filter((k) => k !== 'name' && k !== 'description');
    if (extra.length > 0) throw new Error(`${CALLER}: options.labels[${i}] has ${extra.join(', ')}; a label is { name, description }.`);
    return { name: label.name, description: label.description };
  });
  const names = out.map((l) => l.name);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate !== undefined) throw new Error(`${CALLER}: options.labels names '${duplicate}' twice; label names must be unique.`);
  return out;
}

/** The template ensemble: `templates`, or `[template]`, or the defaults; each must contain '{}'. */
export function resolveTemplates(template: string | undefined, templates: string[] | undefined): string[] {
  if (template !== undefined && templates !== undefined) {
    throw new Error(`${CALLER}: give options.template or options.templates, not both.`);
  }
  const list = templates ?? (template !== undefined ? [template] : [...DEFAULT_TEMPLATES]);
  const name = templates ? 'options.templates' : 'options.template';
  if (list.length === 0) throw new Error(`${CALLER}: ${name} is empty; give at least one template such as 'This example is {}.'.`);
  list.forEach((t, i) => {
    if (!t.includes('{}')) {
      throw new Error(`${CALLER}: ${templates ? `${name}[${i}]` : name} '${t}' has no '{}' where the label description goes, e.g. 'This example is {}.'.`);
    }
  });
  return list;
}

export function fillTemplate(template: string, description: string): string {
  return template.split('{}').join(description);
}
