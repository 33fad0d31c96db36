// `node scripts/bench/summarise.mjs [test-results/bench-browser.json]`: the medians and targets
// again, from the raw figures a benchmark run saved.
import { readFileSync } from 'node:fs';
import { summarise } from './summary.mjs';

const file = process.argv[2] ?? 'test-results/bench-browser.json';
const { raw } = JSON.parse(readFileSync(file, 'utf8'));
console.log(JSON.stringify(summarise(raw), null, 2));
