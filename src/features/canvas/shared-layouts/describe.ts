import type { SharedLayoutMeta } from '../../../api/shared-layouts';

/** "Saved by a@example.com on 29 Nov 2026, 12:03." */
export function describeSave(layout: Pick<SharedLayoutMeta, 'savedAt' | 'savedBy'>): string {
  const when = layout.savedAt ? new Date(layout.savedAt) : null;
  const date =
    when && !Number.isNaN(when.getTime())
      ? ` on ${when.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}`
      : '';
  return `Saved by ${layout.savedBy.email ?? 'an admin'}${date}.`;
}
