// The diff Directus itself would apply for a plan: the snapshot read now, the plan played on it,
// posted to /schema/diff. What a reviewer exports, and what `directus schema apply` takes.
import { schemaDiff, schemaSnapshot } from '@directus/sdk';
import { applySteps } from '../../domain/changes/apply-steps';
import type { Step } from '../../domain/changes/steps';
import type { RelataClient } from '../client';
import type { SchemaDiffResult } from '../gateway';
import { call } from '../request';
import { parseSnapshot } from './schema-apply';

export async function diffWithSchema(
  client: RelataClient,
  steps: readonly Step[],
): Promise<SchemaDiffResult | null> {
  const snapshot = parseSnapshot(await call(() => client.request(schemaSnapshot())));
  const planned = { ...snapshot, ...applySteps(snapshot, steps) };
  // The SDK's type wants its own snapshot shape; this is one, read from the server a moment ago.
  const answer = (await call(() => client.request(schemaDiff(planned as never)))) as SchemaDiffResult | null;
  return answer ?? null;
}
