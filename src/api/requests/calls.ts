// A plan as the calls that make it, one request each. The id-addressed API of the 9.0 RCs takes
// several relation rows in one request: consecutive creations go as one POST /relations with an
// array, consecutive deletions as one DELETE /relations with the ids.
import { applySteps } from '../../domain/changes/apply-steps';
import { describeStep } from '../../domain/changes/describe';
import type { Step } from '../../domain/changes/steps';
import type { DirectusSchema } from '../../domain/directus-types';
import type { WireCall } from '../../domain/editing/copy-as';
import type { Generation } from './context';
import { graphqlCall } from './graphql-calls';
import { restCall } from './rest-calls';

const BATCHED: readonly Step['kind'][] = ['createRelation', 'deleteRelation'];

export function groupSteps(steps: readonly Step[], generation: Generation): Step[][] {
  const groups: Step[][] = [];
  for (const step of steps) {
    const last = groups.at(-1);
    const batch = generation === 'legacy' && BATCHED.includes(step.kind) && last?.[0]?.kind === step.kind;
    if (batch && last) last.push(step);
    else groups.push([step]);
  }
  return groups;
}

export function summarize(group: readonly Step[]): string {
  if (group.length === 1 && group[0]) return describeStep(group[0]).text;
  const verb = group[0]?.kind === 'deleteRelation' ? 'Delete' : 'Create';
  return `${verb} ${group.length} relations in one request: ${group.map((step) => describeStep(step).text.replace(/^(Create|Delete) relation /, '')).join('; ')}`;
}

/** One call per group, both APIs, each against the model the calls before it leave. */
export function wireCall(group: readonly Step[], generation: Generation, schema: DirectusSchema): WireCall {
  const context = { generation, schema };
  return { summary: summarize(group), rest: restCall(group, context), graphql: graphqlCall(group, context) };
}

export function wireCalls(
  steps: readonly Step[],
  generation: Generation,
  schema: DirectusSchema,
): WireCall[] {
  let current = schema;
  return groupSteps(steps, generation).map((group) => {
    const call = wireCall(group, generation, current);
    current = applySteps(current, group);
    return call;
  });
}
