// Injected into every benchmarked page before its own scripts (page.addInitScript). It watches
// from the outside, without help from the app: every animation frame, every long task, and each
// change to a React Flow node element (added, moved, shown), logging a frame only when a node
// changed, so the probe costs little while the page is busy. The harness reads window.__bench.
(() => {
  const bench = {
    /** requestAnimationFrame timestamps, all of them. */
    frames: [],
    /** { startTime, duration } of each task over 50 ms. */
    longTasks: [],
    /**
     * One entry per frame in which a node element changed (added, moved, shown) or an edge was
     * added: { t, nodesChanged, count, sketched, hidden, edges, layoutRunning }.
     */
    nodeFrames: [],
    /** When a frame's callback saw the "Laying out" status (performance.now(), not the frame's time). */
    layoutFrames: [],
    connectAt: null,
  };
  window.__bench = bench;

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      bench.longTasks.push({ startTime: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  document.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (button && button.textContent.trim() === 'Connect') bench.connectAt = performance.now();
    },
    true,
  );

  let nodesChanged = false;
  let edgesChanged = false;
  const has = (element, name) => element.nodeType === 1 && element.classList.contains(name);
  const watch = () => {
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'attributes') {
          if (has(record.target, 'react-flow__node')) nodesChanged = true;
        } else {
          // A first commit adds the container with every node (or edge) inside it.
          for (const added of record.addedNodes) {
            if (added.nodeType !== 1) continue;
            if (has(added, 'react-flow__node') || added.getElementsByClassName('react-flow__node').length)
              nodesChanged = true;
            // A large model's first visit sketches its collections while the layout runs.
            if (has(added, 'relata-sketch') || added.getElementsByClassName('relata-sketch-node').length)
              nodesChanged = true;
            if (
              has(added, 'react-flow__edge') ||
              has(added, 'relata-overview-edge') ||
              added.getElementsByClassName('react-flow__edge').length ||
              added.getElementsByClassName('relata-overview-edge').length
            )
              edgesChanged = true;
          }
        }
      }
    }).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['style'],
    });
  };
  if (document.body) watch();
  else document.addEventListener('DOMContentLoaded', watch);

  const nodes = document.getElementsByClassName('react-flow__node');
  const sketched = document.getElementsByClassName('relata-sketch-node');
  const edges = document.getElementsByClassName('react-flow__edge');
  /** A large diagram's relations below the detail zoom: lines in one SVG (OverviewEdges). */
  const lines = document.getElementsByClassName('relata-overview-edge');
  const panels = document.getElementsByClassName('react-flow__panel');
  const layoutRunning = () => {
    for (const panel of panels) {
      const status = panel.querySelector('[role="status"]');
      if (status && status.textContent.startsWith('Laying out')) return true;
    }
    return false;
  };
  const tick = (t) => {
    bench.frames.push(t);
    // While the first layout runs a model under 150 collections is not drawn yet: the frames
    // count from when the status shows, nodes or not.
    const running = layoutRunning();
    // The window opens when a callback first sees the status, not at that frame's timestamp: the
    // frame began before the task that drew the status (and asked for the layout) ran.
    if (running) bench.layoutFrames.push(performance.now());
    if (nodesChanged || edgesChanged) {
      let hidden = 0;
      if (nodesChanged) for (const node of nodes) if (node.style.visibility === 'hidden') hidden += 1;
      bench.nodeFrames.push({
        t: performance.now(),
        nodesChanged,
        count: nodes.length,
        sketched: sketched.length,
        hidden,
        edges: edges.length + lines.length,
        layoutRunning: running,
      });
      nodesChanged = false;
      edgesChanged = false;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();
