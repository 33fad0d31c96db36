// What a shared layout holds: the layout document in the format of an exported layout file (so it
// is read back with the same checks as an imported one), and the view the arrangement was made
// in: which collections the toggles showed and the focus. Nothing secret: names and coordinates.
import { exportLayout, parseLayoutFile, type LayoutDocument } from '../layout/layout-store';

/** The address parameters that decide what the diagram shows (see hooks/useUrlState). */
export const VIEW_PARAMS = ['junctions', 'system', 'folders', 'focus', 'hops'] as const;

export type SharedView = Record<(typeof VIEW_PARAMS)[number], string | null>;

export interface SharedContent {
  layout: unknown;
  view: SharedView;
}

export function toSharedContent(doc: LayoutDocument, read: (param: string) => string | null): SharedContent {
  const view = Object.fromEntries(VIEW_PARAMS.map((param) => [param, read(param)])) as SharedView;
  return { layout: JSON.parse(exportLayout(doc)), view };
}

/** Throws an Error saying what is wrong when the stored content is not a layout. */
export function fromSharedContent(content: unknown): { doc: LayoutDocument; view: SharedView } {
  const stored = (typeof content === 'object' && content !== null ? content : {}) as Partial<SharedContent>;
  const doc = parseLayoutFile(JSON.stringify(stored.layout ?? null));
  const given = (typeof stored.view === 'object' && stored.view !== null ? stored.view : {}) as Record<
    string,
    unknown
  >;
  const view = Object.fromEntries(
    VIEW_PARAMS.map((param) => [param, typeof given[param] === 'string' ? given[param] : null]),
  ) as SharedView;
  return { doc, view };
}
