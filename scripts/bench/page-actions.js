// Functions the harness runs inside the page (page.evaluate): they measure there, with
// performance.now(), so that the time Playwright's round trips take is not counted.

/**
 * Clicks an edge or overview line (a synthetic click at a point of its path that nothing covers) and times until
 * the side panel's form for a relation is on screen: the form in the DOM, then the next frame
 * painted (a requestAnimationFrame, then a task after it).
 */
export async function clickEdgeAndTime({ skip }) {
  const visible = (x, y) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight;
  const pointOn = (path) => {
    const matrix = path.getScreenCTM();
    if (!matrix) return null;
    const total = path.getTotalLength();
    for (let step = 0; step <= 40; step += 1) {
      const offset = Math.ceil(step / 2) * 0.025 * (step % 2 ? 1 : -1);
      const at = path.getPointAtLength(total * (0.5 + offset));
      const x = at.x * matrix.a + at.y * matrix.c + matrix.e;
      const y = at.x * matrix.b + at.y * matrix.d + matrix.f;
      if (visible(x, y) && document.elementFromPoint(x, y) === path) return { x, y };
    }
    return null;
  };
  const pane = document.querySelector('.react-flow').getBoundingClientRect();
  const centre = { x: pane.x + pane.width / 2, y: pane.y + pane.height / 2 };
  // React Flow's edges, or a large diagram's overview lines (below the detail zoom).
  const candidates = [...document.querySelectorAll('.react-flow__edge, .relata-overview-edge')]
    .filter((edge) => !skip.includes(edge.dataset.relationship))
    .map((edge) => {
      const box = edge.getBoundingClientRect();
      const distance = Math.hypot(box.x + box.width / 2 - centre.x, box.y + box.height / 2 - centre.y);
      return { edge, distance };
    })
    .sort((a, b) => a.distance - b.distance);
  for (const { edge } of candidates) {
    const path = edge.querySelector('path.react-flow__edge-interaction, path.relata-overview-hit');
    const point = path && pointOn(path);
    if (!point) continue;
    // The details panel (the review panel is an <aside> too, before it).
    const panel = document.getElementById('relata-details') ?? document.body;
    const formsBefore = new Set(
      [...panel.querySelectorAll('form')].map((form) => form.getAttribute('aria-label')),
    );
    const isNewForm = () =>
      [...panel.querySelectorAll('form[aria-label^="Edit relation"]')].some(
        (form) => !formsBefore.has(form.getAttribute('aria-label')),
      );
    const shown = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (!isNewForm()) return;
        observer.disconnect();
        resolve(performance.now());
      });
      observer.observe(panel, { subtree: true, childList: true, attributes: true });
    });
    const start = performance.now();
    path.dispatchEvent(
      new MouseEvent('click', {
        bubbles: true,
        cancelable: true,
        clientX: point.x,
        clientY: point.y,
        view: window,
      }),
    );
    const handled = performance.now();
    const inDom = await Promise.race([
      shown,
      new Promise((resolve) => setTimeout(() => resolve(null), 10_000)),
    ]);
    if (inDom === null) return { relationship: edge.dataset.relationship, error: 'no form within 10 s' };
    const painted = await new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );
    return {
      relationship: edge.dataset.relationship,
      handlerMs: handled - start,
      inDomMs: inDom - start,
      shownMs: painted - start,
    };
  }
  return { error: 'no clickable edge on screen' };
}

/** A point of the empty pane to drag, searched on a grid over the diagram. */
export function emptyPanePoint() {
  const root = document.querySelector('.react-flow, [data-bench-pane]');
  const box = root.getBoundingClientRect();
  for (let fy = 0.5; fy < 0.95; fy += 0.04)
    for (const sign of [1, -1])
      for (let fx = 0.5; fx < 0.95; fx += 0.04) {
        const x = box.x + box.width * (sign > 0 ? fx : 1 - fx);
        const y = box.y + box.height * fy;
        const hit = document.elementFromPoint(x, y);
        if (hit && (hit.classList.contains('react-flow__pane') || hit.hasAttribute('data-bench-pane')))
          return { x, y };
      }
  return null;
}

/** What the page holds once loaded: the probe's log, resource timings, DOM size. */
export function pageReport() {
  const bench = window.__bench;
  return {
    connectAt: bench.connectAt,
    nodeFrames: bench.nodeFrames,
    layoutFrames: bench.layoutFrames,
    longTasks: bench.longTasks,
    frames: bench.frames,
    resources: performance
      .getEntriesByType('resource')
      .map((entry) => ({ name: entry.name, startTime: entry.startTime, responseEnd: entry.responseEnd })),
    domElements: document.getElementsByTagName('*').length,
    nodeElements: document.getElementsByClassName('react-flow__node').length,
    edgeElements: document.querySelectorAll('.react-flow__edge, .relata-overview-edge').length,
    now: performance.now(),
  };
}

/**
 * The reference page: 502 absolutely positioned boxes, each a header and 12 rows (26 elements a
 * box, about 13,000 in all, as the plain-boxes page had), panned by one transform.
 */
export function plainBoxesHtml(count = 502) {
  const rows = Array.from({ length: 12 }, (_, r) => `<div class="row"><span>field_${r}</span></div>`).join(
    '',
  );
  const boxes = Array.from({ length: count }, (_, i) => {
    const x = (i % 25) * 260;
    const y = Math.floor(i / 25) * 200;
    return `<div class="box" style="left:${x}px;top:${y}px"><b>collection_${i}</b>${rows}</div>`;
  }).join('');
  return `<!doctype html><html><head><style>
    html, body { margin: 0; height: 100%; overflow: hidden; font: 12px sans-serif; }
    [data-bench-pane] { position: absolute; inset: 0; background: #fafafa; cursor: grab; }
    .world { position: absolute; left: 0; top: 0; transform-origin: 0 0; }
    .box { position: absolute; width: 220px; height: 150px; background: white; border: 1px solid #999;
      border-radius: 6px; box-sizing: border-box; padding: 6px; pointer-events: none; overflow: hidden; }
    .row { height: 10px; font-size: 9px; }
  </style></head><body><div data-bench-pane><div class="world">${boxes}</div></div><script>
    const world = document.querySelector('.world');
    let view = { x: 20, y: 20, zoom: 0.2 };
    const draw = () => (world.style.transform = 'translate(' + view.x + 'px,' + view.y + 'px) scale(' + view.zoom + ')');
    draw();
    let from = null;
    const pane = document.querySelector('[data-bench-pane]');
    pane.addEventListener('pointerdown', (e) => { from = { x: e.clientX - view.x, y: e.clientY - view.y }; });
    addEventListener('pointermove', (e) => { if (from) { view = { ...view, x: e.clientX - from.x, y: e.clientY - from.y }; draw(); } });
    addEventListener('pointerup', () => (from = null));
  </script></body></html>`;
}
