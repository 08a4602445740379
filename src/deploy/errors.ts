// One error type for everything wrong with a saved model directory, naming the file.

export class SavedModelError extends Error {
  /** The file (or directory) that is missing, changed or unreadable. */
  readonly file: string;

  constructor(file: string, message: string) {
    super(message);
    this.name = 'SavedModelError';
    this.file = file;
  }
}
