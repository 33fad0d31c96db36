// Health findings of a data model, told from the model alone (a snapshot is enough): what
// Directus would trip over, what a hand edit or a half-finished deletion left behind, and
// Directus's own oddities worth knowing. A fix is offered only where it does exactly what
// Directus itself does in that situation.
//
// Not reported: a junction without a unique index on its two keys. Directus never creates
// one, so it would be listed for every junction of every model, and the unique index that
// matters (on the pair) cannot be seen in a snapshot, which reports uniqueness per column.
import type { ModelIndex } from '../model-index';
import { collectionFindings } from './health-collections';
import { inferenceFindings } from './health-inference';
import { relationFindings } from './health-relations';
import type { Finding, Severity } from './health-types';

export type { Finding, FindingCode, FindingLocation, Severity } from './health-types';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const text = (value: string | undefined) => value ?? '';
const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Errors first, then by where they are, so a list reads the same on every run. */
function byImportance(a: Finding, b: Finding): number {
  return (
    RANK[a.severity] - RANK[b.severity] ||
    order(a.location.collection, b.location.collection) ||
    order(text(a.location.relation), text(b.location.relation)) ||
    order(text(a.location.field), text(b.location.field)) ||
    order(a.code, b.code)
  );
}

export function healthFindings(index: ModelIndex): Finding[] {
  return [...inferenceFindings(index), ...collectionFindings(index), ...relationFindings(index)].sort(
    byImportance,
  );
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
