// What validation (or a Directus error) says about a relation form, addressed to one control.
export type IssueTarget =
  | 'field'
  | 'related_collection'
  | 'one_field'
  | 'sort_field'
  | 'one_deselect_action'
  | 'junction_field'
  | 'one_allowed_collections'
  | 'one_collection_field'
  | 'on_delete'
  | 'on_update'
  | 'general';

export interface Issue {
  target: IssueTarget;
  severity: 'error' | 'warning';
  message: string;
}

export const error = (target: IssueTarget, message: string): Issue => ({
  target,
  severity: 'error',
  message,
});
export const warning = (target: IssueTarget, message: string): Issue => ({
  target,
  severity: 'warning',
  message,
});

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}
