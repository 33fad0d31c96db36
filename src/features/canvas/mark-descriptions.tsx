import type { Mark } from '../../domain/diagram-types';

const MARKS: readonly Mark[] = ['added', 'removed', 'changed'];

export const markDescriptionId = (mark: Mark) => `relata-mark-${mark}`;

/**
 * The words a marked node or edge is described by. React Flow describes every node and edge
 * with its keyboard help through aria-describedby, which wins over aria-description when the
 * accessible description is computed: a marked element points aria-describedby here instead.
 */
export function MarkDescriptions() {
  return (
    <div hidden>
      {MARKS.map((mark) => (
        <span key={mark} id={markDescriptionId(mark)}>
          {mark}
        </span>
      ))}
    </div>
  );
}
