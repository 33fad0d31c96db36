// The current REST API step by step, for servers where /schema/apply is not all-or-nothing
// (MySQL/MariaDB: each DDL commits, directus/FINDINGS.md (f)).
import type { Step } from '../../domain/changes/steps';
import type { DirectusSchema } from '../../domain/directus-types';
import type { RelataClient } from '../client';
import type { StepRunner } from '../ordered-commit';
import { groupSteps } from '../requests/calls';
import { restCall } from '../requests/rest-calls';
import { sendRest } from './send-rest';

export function restStepRunner(client: RelataClient, readFresh: () => Promise<DirectusSchema>): StepRunner {
  return {
    readFresh,
    group: (steps) => groupSteps(steps, 'current'),
    run: async (group: readonly Step[], schema) => {
      await sendRest(client, restCall(group, { generation: 'current', schema }));
      return [...group];
    },
  };
}
