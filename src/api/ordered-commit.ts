// Committing without /schema/apply: the id-addressed API of the 9.0 RCs and GraphQL have none, and
// on MySQL/MariaDB it is not atomic (each DDL commits; directus/FINDINGS.md (f)). The steps go one
// call at a time, after checking against a fresh read that what they replace is what the user
// saw and that the server would not be asked for something it wrongly accepts. When a call fails,
// the calls already made are undone in reverse; if undoing fails too, the error says exactly what
// is left.
import { applySteps } from '../domain/changes/apply-steps';
import { describeStep } from '../domain/changes/describe';
import { invertSteps } from '../domain/changes/invert';
import { checkPreconditions } from '../domain/changes/preconditions';
import { checkSteps } from '../domain/changes/step-checks';
import type { Step } from '../domain/changes/steps';
import type { DirectusSchema } from '../domain/directus-types';
import { ConflictError, PartialCommitError, RelataError, toRelataError } from './errors';
import type { CommitOptions } from './gateway';

/** What one dialect supplies: how it reads, how it batches, how it sends one call. */
export interface StepRunner {
  /** The model as the server has it now, with every row the steps replace read again. */
  readFresh(steps: readonly Step[]): Promise<DirectusSchema>;
  /** The calls the steps go as: one step each, or batches where the API takes them. */
  group(steps: readonly Step[]): Step[][];
  /** What this API cannot do at all, said before anything is sent. */
  unsupported?(steps: readonly Step[], schema: DirectusSchema): string[];
  /**
   * Sends one call against the model as the calls before it leave it; returns the steps as the
   * server made them (new row ids filled in), for undoing them.
   */
  run(group: readonly Step[], schema: DirectusSchema): Promise<Step[]>;
}

const describeAll = (steps: readonly Step[]) =>
  steps.map((step) => describeStep(step).text.replace(/^./, (c) => c.toLowerCase())).join('; ');

/** Undoes `applied` (in the order they were made), last first. Returns what could not be undone. */
async function compensate(
  runner: StepRunner,
  applied: readonly Step[],
  schema: DirectusSchema,
): Promise<{ left: Step[]; error: RelataError } | null> {
  let current = schema;
  let undone = 0;
  for (const group of runner.group(invertSteps(applied))) {
    try {
      await runner.run(group, current);
    } catch (error) {
      return { left: applied.slice(0, applied.length - undone), error: toRelataError(error) };
    }
    current = applySteps(current, group);
    undone += group.length;
  }
  return null;
}

function failed(failure: RelataError, undone: number): RelataError {
  const said =
    undone === 0
      ? `${failure.message} Nothing was changed.`
      : `${failure.message} The ${undone} step${undone === 1 ? '' : 's'} already made ${undone === 1 ? 'was' : 'were'} undone: nothing was changed.`;
  return new RelataError(failure.kind, said, {
    code: failure.code,
    reason: failure.reason,
    status: failure.status,
  });
}

export async function commitOrdered(
  runner: StepRunner,
  steps: readonly Step[],
  { overwrite = false }: CommitOptions = {},
): Promise<void> {
  const fresh = await runner.readFresh(steps);
  if (!overwrite) {
    const conflicts = checkPreconditions(fresh, steps);
    if (conflicts.length) throw new ConflictError(conflicts);
  }
  const problems = [...checkSteps(fresh, steps), ...(runner.unsupported?.(steps, fresh) ?? [])];
  if (problems.length)
    throw new RelataError('refused', `Relata did not send this: ${problems.join(' ')} Nothing was changed.`);

  const applied: Step[] = [];
  let current = fresh;
  for (const group of runner.group(steps)) {
    let made: Step[];
    try {
      made = await runner.run(group, current);
    } catch (error) {
      const failure = toRelataError(error);
      const left = await compensate(runner, applied, current);
      if (left) throw new PartialCommitError(failure, left.error, left.left, describeAll(left.left));
      throw failed(failure, applied.length);
    }
    applied.push(...made);
    current = applySteps(current, made);
  }
}
