import { generateFrenchDataset } from '../../libs/linkage/src/testing/french-generator';
import { prepareRecords } from '../../libs/linkage/src/normalize/prepare';
import { candidatePairs } from '../../libs/linkage/src/blocking/candidates';
const { records } = generateFrenchDataset(1_000_000, 1001000);
const data = prepareRecords(records);
(records as unknown as unknown[]).length = 0;
for (let r = 0; r < 2; r++) {
  const s = performance.now();
  const c = candidatePairs(data, { maxBlockSize: 50, windowSize: 10, share: { index: 0, count: 2 } });
  console.log('total', Math.round(performance.now() - s), c.left.length);
}
