// From the raw page logs to the figures: per run, then medians, each next to its target.

const SCHEMA_READ = /^\/(collections|fields|relations|graphql\/system)\b/;

export const TARGETS = {
  agencyosFinalMs: {
    max: 1250,
    says: 'every node at its final position ≤ half of Liam ERD’s 2.5–4 s (from Connect)',
  },
  syntheticDrawnAfterModelMs: {
    max: 2500,
    says: 'first visit: every node drawn (provisional) ≤ 2.5 s after the model arrived',
  },
  syntheticLaidOutAfterModelMs: {
    max: 6000,
    says: 'first visit: the worker’s layout finished and drawn ≤ 6 s after the model arrived',
  },
  syntheticLaterAfterModelMs: {
    max: 2000,
    says: 'later visit: every node at its saved position ≤ 2 s after the model arrived',
  },
  longestTaskMs: { max: 200, says: 'no main-thread task over 200 ms during load' },
  frameGapWhileLayoutMs: { max: 50, says: 'no frame gap over 50 ms while the layout runs' },
  edgeClickToPanelMs: { max: 100, says: 'edge click to the relation form shown ≤ 100 ms' },
  panFpsRatio: { min: 0.8, says: 'pan at ≥ 80 % of the plain-boxes page’s frame rate' },
  initialJsGzipKB: { max: 200, says: 'initial JavaScript ≤ 200 KB gzip' },
  directusRequestsOnLoad: { max: 4, says: 'at most 4 Directus requests on load' },
};

export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round = (value, digits = 0) =>
  value === null || value === undefined ? null : Number(value.toFixed(digits));
const maxOf = (values) => (values.length ? Math.max(...values) : null);

/** The figures of one visit, in milliseconds from the page's own clock. */
export function visitFigures(visit) {
  const r = visit.report;
  const connect = r.connectAt;
  const reads = r.resources.filter((e) => {
    const path = e.name.replace(/^https?:\/\/[^/]+/, '');
    return e.startTime >= connect && SCHEMA_READ.test(path);
  });
  const modelAt = maxOf(reads.map((e) => e.responseEnd));
  const frames = r.nodeFrames.filter((f) => f.t >= connect);
  // Drawn when the number of node elements reaches the most there will be, all measured (shown):
  // a large diagram is mounted a slice per frame, and above 150 collections React Flow then
  // drops those off screen. Edges come in later commits, once their nodes are measured.
  const mostNodes = maxOf(frames.map((f) => f.count)) ?? 0;
  const mounted = frames.find(
    (f) => f.nodesChanged && f.count === mostNodes && f.count > 0 && f.hidden === 0,
  );
  // A large model's first visit is sketched (every collection a box with its name, at its
  // provisional place) while its layout runs, and mounted in React Flow once it is done.
  const sketched = frames.find((f) => f.sketched > 0 && f.sketched >= mostNodes);
  const drawn =
    sketched && (!mounted || sketched.t < mounted.t) ? { ...sketched, count: sketched.sketched } : mounted;
  const mostEdges = maxOf(frames.map((f) => f.edges)) ?? 0;
  const edgesDrawn = frames.find((f) => f.edges > 0 && f.edges === mostEdges);
  const final = frames.filter((f) => f.nodesChanged).at(-1);
  const layoutStart = r.layoutFrames[0] ?? null;
  const layoutEnd = r.layoutFrames.at(-1) ?? null;
  const gapsWithin = (from, to) => {
    const ts = r.frames.filter((t) => t >= from && t <= to);
    return maxOf(ts.slice(1).map((t, i) => t - ts[i]));
  };
  const loadTasks = r.longTasks.filter(
    (task) => task.startTime + task.duration >= connect && task.startTime <= final.t,
  );
  const app = visit.requests.filter((q) => q.type !== 'Preflight' && q.method !== 'OPTIONS');
  const clicks = visit.clicks.filter((c) => typeof c.shownMs === 'number');
  return {
    nodesDrawn: drawn?.count ?? 0,
    edgesDrawn: edgesDrawn?.edges ?? 0,
    modelArrivedMs: modelAt === null ? null : modelAt - connect,
    drawnMs: drawn ? drawn.t - connect : null,
    drawnAfterModelMs: drawn && modelAt !== null ? drawn.t - modelAt : null,
    edgesDrawnAfterModelMs: edgesDrawn && modelAt !== null ? edgesDrawn.t - modelAt : null,
    finalMs: final ? final.t - connect : null,
    finalAfterModelMs: final && modelAt !== null ? final.t - modelAt : null,
    loadCpuMs: visit.loadCpuMs ?? null,
    layoutRunningMs: layoutStart === null ? null : layoutEnd - layoutStart,
    longestTaskMs: maxOf(loadTasks.map((t) => t.duration)) ?? 0,
    longTasksOver200: loadTasks.filter((t) => t.duration > 200).length,
    frameGapWhileLayoutMs: layoutStart === null ? null : gapsWithin(layoutStart, layoutEnd),
    frameGapLayoutAppliedMs: layoutEnd === null ? null : gapsWithin(layoutEnd, final.t + 200),
    directusRequests: app.length,
    directusPreflights: visit.requests.length - app.length,
    requestList: app.map((q) => `${q.method} ${q.url.split('?')[0]}`),
    directusKB: round(app.reduce((sum, q) => sum + (q.bytes ?? 0), 0) / 1024, 1),
    heapMB: visit.heap === null ? null : round(visit.heap / 1048576, 1),
    domElements: r.domElements,
    nodeElements: r.nodeElements,
    edgeElements: r.edgeElements,
    firstEdgeClickMs: clicks[0]?.shownMs ?? null,
    edgeClickMs: median(clicks.map((c) => c.shownMs)),
    edgeClickCpuMs: median(clicks.map((c) => c.cpuMs)),
    edgeClickErrors: visit.clicks.filter((c) => c.error).map((c) => c.error),
    panFps: visit.pan.fps ?? null,
    panMaxFrameGapMs: visit.pan.maxFrameGapMs ?? null,
    panCpuMs: visit.pan.cpuMs ?? null,
  };
}

function medians(list) {
  const keys = Object.keys(list[0] ?? {});
  const out = {};
  for (const key of keys) {
    const values = list.map((item) => item[key]);
    if (typeof values[0] === 'number' || values[0] === null) out[key] = round(median(values), 1);
    else if (key === 'requestList') out[key] = values[0];
    else if (key === 'edgeClickErrors') out[key] = values.flat();
  }
  return out;
}

const check = (target, value) =>
  value === null || value === undefined
    ? { value: null, target: target.says, met: null }
    : {
        value,
        target: target.says,
        met: 'max' in target ? value <= target.max : value >= target.min,
        by: 'max' in target ? round(value - target.max, 2) : round(value - target.min, 2),
      };

export function summarise(results) {
  const plainFps = round(median(results.plainBoxes.map((p) => p.fps)), 1);
  const summary = {
    date: results.date,
    machine: results.machine,
    loadAverage: results.loadAverage,
    directus: results.directus,
    viewport: `${results.viewport.width}×${results.viewport.height}`,
    runs: results.runs,
    initialJavaScript: {
      gzipKB: round(results.initialJavaScript.gzipBytes / 1024, 1),
      files: results.initialJavaScript.files.map((f) => `${f.file} ${round(f.gzipBytes / 1024, 1)} KB`),
    },
    plainBoxesPanFps: plainFps,
    plainBoxesPanCpuMs: round(median(results.plainBoxes.map((p) => p.cpuMs)), 0),
    models: {},
    targets: {},
  };
  const t = summary.targets;
  t.initialJsGzipKB = check(TARGETS.initialJsGzipKB, summary.initialJavaScript.gzipKB);
  for (const [name, model] of Object.entries(results.models)) {
    const first = medians(model.runs.map((run) => visitFigures(run.first)));
    const later = medians(model.runs.map((run) => visitFigures(run.later)));
    for (const visit of [first, later]) {
      visit.panFpsRatio = plainFps && visit.panFps !== null ? round(visit.panFps / plainFps, 2) : null;
    }
    summary.models[name] = { label: model.label, firstVisit: first, laterVisit: later };
    if (name === 'agencyos') {
      t.agencyosFirstVisitFinalMs = check(TARGETS.agencyosFinalMs, first.finalMs);
      t.agencyosLaterVisitFinalMs = check(TARGETS.agencyosFinalMs, later.finalMs);
    } else {
      t[`${name}DrawnAfterModelMs`] = check(TARGETS.syntheticDrawnAfterModelMs, first.drawnAfterModelMs);
      t[`${name}LaidOutAfterModelMs`] = check(TARGETS.syntheticLaidOutAfterModelMs, first.finalAfterModelMs);
      t[`${name}LaterVisitAfterModelMs`] = check(TARGETS.syntheticLaterAfterModelMs, later.finalAfterModelMs);
    }
    for (const [visitName, visit] of [
      ['first', first],
      ['later', later],
    ]) {
      t[`${name}.${visitName}.longestTaskMs`] = check(TARGETS.longestTaskMs, visit.longestTaskMs);
      t[`${name}.${visitName}.edgeClickToPanelMs`] = check(
        TARGETS.edgeClickToPanelMs,
        visit.firstEdgeClickMs,
      );
      t[`${name}.${visitName}.panFpsRatio`] = check(TARGETS.panFpsRatio, visit.panFpsRatio);
      t[`${name}.${visitName}.directusRequests`] = check(
        TARGETS.directusRequestsOnLoad,
        visit.directusRequests,
      );
    }
    t[`${name}.first.frameGapWhileLayoutMs`] = check(
      TARGETS.frameGapWhileLayoutMs,
      first.frameGapWhileLayoutMs,
    );
  }
  return summary;
}
