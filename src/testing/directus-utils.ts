// Directus's own relation classifier, for tests that check Relata agrees with it. Its parameter
// type comes from @directus/types (installed with the extensions SDK), which is stricter than the
// relation objects real servers send (a partial `schema`), so the tests call it through this.
import { getRelationType as directusGetRelationType } from '@directus/utils';
import type { DirectusRelation } from '../domain/directus-types';

export function getRelationType(options: {
  relation: DirectusRelation;
  collection: string | null;
  field: string;
}): ReturnType<typeof directusGetRelationType> {
  return directusGetRelationType(options as Parameters<typeof directusGetRelationType>[0]);
}
