// Tokenizers: text to ids for the pre-trained models.
export * from './types';
