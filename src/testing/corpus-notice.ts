// Vitest global setup: says once per run, not once per test file, that the corpus suites are
// skipped because the real-schema corpus is missing.
import { corpusNotice } from './real-schemas';

export default function setup(): void {
  const notice = corpusNotice();
  if (notice) console.warn(notice);
}
