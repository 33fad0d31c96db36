// Chrome's performance trace of a phase, reduced to what the main thread did: for the longest
// tasks, and for the whole phase, the self time of each kind of event (script, style, layout,
// paint...), so a long task can be told apart as JavaScript, style recalculation or layout.

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
].join(',');

export async function traced(cdp, run, top = 5) {
  const events = [];
  const onData = ({ value }) => events.push(...value);
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  await run();
  const { profile } = await cdp.send('Profiler.stop');
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', onData);
  return summariseTrace(events, profile, top);
}

/** The JavaScript inside a task: functions by self time, and the app's own (src/) by total time. */
function scriptIn(profile, from, to) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    return `${functionName || '(anonymous)'}@${url.replace(/^.*\/assets\//, '').replace(/-[\w-]{8}\.js$/, '')}:${lineNumber + 1}`;
  };
  const self = new Map();
  const total = new Map();
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    if (t < from || t > to) return;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(id);
    if (node.callFrame.functionName === '(idle)') return;
    self.set(label(node), (self.get(label(node)) ?? 0) + dt);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = label(byId.get(at));
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + dt);
    }
  });
  const top = (map, filter, n) =>
    [...map]
      .filter(([name]) => filter(name))
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
      .join(', ');
  return {
    self: top(self, () => true, 10),
    app: top(total, (name) => /^[A-Za-z$_][\w$]*@(Workspace|index|session-context)/.test(name), 14),
  };
}

function mainThread(events) {
  const names = events.filter(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  // The page's renderer is the one with the most work on its main thread.
  let best = null;
  let most = -1;
  for (const meta of names) {
    const count = events.filter((e) => e.pid === meta.pid && e.tid === meta.tid && e.ph === 'X').length;
    if (count > most) {
      most = count;
      best = meta;
    }
  }
  return best ? events.filter((e) => e.pid === best.pid && e.tid === best.tid && e.ph === 'X') : [];
}

/** Self time per event name within the given events (nested by their start and duration). */
function selfTimes(events) {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  for (const event of sorted) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= event.ts) stack.pop();
    const parent = stack.at(-1);
    const name = event.name === 'FunctionCall' || event.name === 'EvaluateScript' ? 'Script' : event.name;
    self.set(name, (self.get(name) ?? 0) + (event.dur ?? 0));
    if (parent) {
      const parentName =
        parent.name === 'FunctionCall' || parent.name === 'EvaluateScript' ? 'Script' : parent.name;
      self.set(parentName, (self.get(parentName) ?? 0) - (event.dur ?? 0));
    }
    stack.push(event);
  }
  return [...self]
    .map(([name, us]) => [name, us / 1000])
    .filter(([, ms]) => ms >= 1)
    .sort((a, b) => b[1] - a[1]);
}

const format = (pairs, top) =>
  pairs
    .slice(0, top)
    .map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
    .join(', ');

export function summariseTrace(events, profile, top = 5) {
  const main = mainThread(events).filter((e) => typeof e.dur === 'number');
  const tasks = main.filter((e) => e.name === 'RunTask').sort((a, b) => b.dur - a.dur);
  const within = (task) =>
    main.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
  return {
    busyMs: Math.round(tasks.reduce((sum, t) => sum + t.dur, 0) / 1000),
    overall: format(selfTimes(main.filter((e) => e.name !== 'RunTask')), 12),
    // The longest, in the order they ran (at: ms since the first of them).
    longestTasks: tasks
      .slice(0, top)
      .sort((a, b) => a.ts - b.ts)
      .map((task, _, longest) => {
        const at = ((task.ts - longest[0].ts) / 1000).toFixed(0);
        const line = `at ${at}: ${(task.dur / 1000).toFixed(0)} ms: ${format(selfTimes(within(task)), 8)}`;
        if (!profile) return line;
        const script = scriptIn(profile, task.ts, task.ts + task.dur);
        return `${line}\n    self: ${script.self}\n    total: ${script.app}`;
      }),
  };
}
