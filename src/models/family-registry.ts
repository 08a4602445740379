// The registry of model families: loadPretrained, the catalog, deploy's load, the
// tokenizer registry and the TextModel ask it instead of naming families.
// ./families.ts fills it with the built-in families; the TextModel imports this file
// alone, since the built-in families' loaders import the heads.
import { registerTokenizerKind, unregisterTokenizerKind } from '../tokenizers/registry';
import type { FastEncoder, ModelFamily } from './family';
import type { tf } from '../tf';

const registered: ModelFamily[] = [];

/**
 * Adds a family after those registered before it (families are asked in order).
 * Its catalog names must be new and handled by it; its tokenizer kinds are
 * registered with tokenizerFromJSON at once, its layers before a topology loads.
 */
export function registerFamily(family: ModelFamily): void {
  if (registered.some((f) => f.name === family.name)) {
    throw new Error(`registerFamily: a family named '${family.name}' is already registered; unregisterFamily('${family.name}') first or pick another name.`);
  }
  for (const entry of family.catalog) {
    if (!family.handles(entry.name)) {
      throw new Error(`registerFamily: family '${family.name}' lists '${entry.name}' in its catalog but its handles('${entry.name}') is false; loadPretrained could not load it.`);
    }
    const owner = familyFor(entry.name);
    if (owner) throw new Error(`registerFamily: catalog name '${entry.name}' of family '${family.name}' is already handled by family '${owner.name}'; rename the entry.`);
  }
  const kinds = Object.entries(family.tokenizers ?? {});
  kinds.forEach(([kind, fromJSON], i) => {
    try {
      registerTokenizerKind(kind, fromJSON);
    } catch (error) {
      kinds.slice(0, i).forEach(([added]) => unregisterTokenizerKind(added));
      throw new Error(`registerFamily: family '${family.name}': ${(error as Error).message}`);
    }
  });
  registered.push(family);
}

/** Removes a registered family and the tokenizer kinds it brought (for tests and notebooks that replace one). */
export function unregisterFamily(name: string): void {
  const at = registered.findIndex((f) => f.name === name);
  if (at < 0) return;
  const [family] = registered.splice(at, 1);
  for (const kind of Object.keys(family.tokenizers ?? {})) unregisterTokenizerKind(kind);
}

/** The registered families, in the order they are asked. */
export function families(): readonly ModelFamily[] {
  return [...registered];
}

/** The first family whose handles(ref) is true, or undefined (loadPretrained then loads TF.js files, URLs and npm packages itself). */
export function familyFor(ref: string): ModelFamily | undefined {
  return registered.find((f) => f.handles(ref));
}

/** Registers every family's custom layer classes: call before tf.loadLayersModel reads a topology. */
export function registerFamilyLayers(): void {
  for (const family of registered) family.registerLayers?.();
}

/** The first family's fast inference path for `encoder`, or undefined when none recognises it. */
export function fastEncoderFor(encoder: tf.LayersModel): FastEncoder | undefined {
  for (const family of registered) {
    const fast = family.fastEncoder?.(encoder);
    if (fast) return fast;
  }
  return undefined;
}

