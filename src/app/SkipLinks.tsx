/** The first stops for a keyboard user: straight to the diagram or to the details panel. */
export function SkipLinks() {
  const focusDiagram = () =>
    (
      document.querySelector<HTMLElement>('.react-flow__node[tabindex]') ??
      document.querySelector<HTMLElement>('.react-flow')
    )?.focus();
  const focusPanel = () => document.getElementById('relata-details')?.focus();
  return (
    <nav aria-label="Skip links" className="relata-skip-links">
      <a href="#diagram" onClick={(e) => (e.preventDefault(), focusDiagram())}>
        Skip to the diagram
      </a>
      <a href="#relata-details" onClick={(e) => (e.preventDefault(), focusPanel())}>
        Skip to the details panel
      </a>
    </nav>
  );
}
