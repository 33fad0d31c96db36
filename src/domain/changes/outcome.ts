// Whether a plan is in a model: after a commit whose answer never came back (the connection
// dropped, a proxy timed out), the request may or may not have reached Directus.
import type { DirectusSchema } from '../directus-types';
import { invertSteps } from './invert';
import { checkPreconditions } from './preconditions';
import type { Step } from './steps';

export type PlanOutcome = 'applied' | 'not-applied' | 'unclear';

/**
 * `applied` when the model holds everything the plan makes (its inverse would apply cleanly),
 * `not-applied` when it holds everything the plan starts from, `unclear` otherwise: part of it,
 * or someone else changed the same things meanwhile.
 */
export function planOutcome(schema: DirectusSchema, steps: readonly Step[]): PlanOutcome {
  if (checkPreconditions(schema, invertSteps(steps)).length === 0) return 'applied';
  if (checkPreconditions(schema, steps).length === 0) return 'not-applied';
  return 'unclear';
}
