// The split of a gold document, fixed by a hash of its id: about 60% train, 20% val, 20% test,
// so every sentence and question of one document lands in the same split.
'use strict';
const { createHash } = require('crypto');

exports.assignSplit = (dataset, doc) => {
  const x = parseInt(createHash('sha1').update(`gold-split:${dataset}/${doc}`).digest('hex').slice(0, 8), 16) / 2 ** 32;
  return x < 0.6 ? 'train' : x < 0.8 ? 'val' : 'test';
};
