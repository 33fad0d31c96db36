import { KIND_STYLE, markerId } from './kind-style';

const colors = [...new Set(Object.values(KIND_STYLE).map((style) => style.color))];

/** Crow's-foot cardinality ends, one pair per kind colour, referenced by the edges. */
export function Markers() {
  return (
    <svg width="0" height="0" style={{ position: 'absolute' }} aria-hidden="true">
      <defs>
        {colors.map((color) => (
          <g key={color}>
            <marker
              id={markerId('one', color)}
              viewBox="0 0 12 12"
              refX="11"
              refY="6"
              markerWidth="12"
              markerHeight="12"
              orient="auto-start-reverse"
            >
              <path d="M 11 1 L 11 11 M 7 1 L 7 11" stroke={color} strokeWidth="1.5" fill="none" />
            </marker>
            <marker
              id={markerId('many', color)}
              viewBox="0 0 12 12"
              refX="11"
              refY="6"
              markerWidth="12"
              markerHeight="12"
              orient="auto-start-reverse"
            >
              <path
                d="M 1 6 L 11 1 M 1 6 L 11 6 M 1 6 L 11 11"
                stroke={color}
                strokeWidth="1.5"
                fill="none"
              />
            </marker>
          </g>
        ))}
      </defs>
    </svg>
  );
}
