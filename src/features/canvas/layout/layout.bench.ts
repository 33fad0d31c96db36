// `npx vitest bench --run src/features/canvas/layout`: the ELK layout in Node (the worker runs
// the same code) on AgencyOS and on the synthetic 500-collection, 1500-relation model. The
// machine is shared, so each case also logs the CPU time it used and the load average.
import ELK from 'elkjs/lib/elk.bundled.js';
import os from 'node:os';
import { bench, describe } from 'vitest';
import { syntheticModel } from '../../../testing/synthetic';
import { computeLayout, layoutBlocks, type ComputeLayoutOptions } from './compute-layout';
import { corpusAvailable } from '../../../testing/real-schemas';
import { loadRealSchemaAnywhere, schemaToLayoutGraph } from './fixtures';
import { packBlocks } from './packing';
import type { LayoutGraph, Size } from './types';

const elk = new ELK();
const graphs: [string, LayoutGraph][] = [
  ...(corpusAvailable
    ? [
        ['AgencyOS', schemaToLayoutGraph(loadRealSchemaAnywhere('agencyos-snapshot-2024'))] as [
          string,
          LayoutGraph,
        ],
      ]
    : []),
  ['synthetic 500/1500', schemaToLayoutGraph(syntheticModel({ collections: 500, relations: 1500 }))],
];

/** Wall and CPU milliseconds of one run, logged, for a noisy shared machine. */
async function timed(label: string, run: () => Promise<unknown>) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await run();
  const used = process.cpuUsage(cpu);
  const wall = Math.round(performance.now() - start);
  const cpuMs = Math.round((used.user + used.system) / 1000);
  console.log(`${label}: ${wall} ms wall, ${cpuMs} ms CPU, load ${os.loadavg()[0]?.toFixed(1)}`);
}

const variants: [string, ComputeLayoutOptions][] = [
  ['chosen options (hubs aside, FIXED_POS ports)', {}],
  ['hubs kept in the ELK layout', { hubMinDegree: Infinity }],
  ['FIXED_ORDER ports', { elk: { portConstraints: 'FIXED_ORDER' } }],
  [
    'thoroughness 7 everywhere (ELK default)',
    { elk: { layoutOptions: { 'elk.layered.thoroughness': '7' } } },
  ],
];

for (const [name, graph] of graphs) {
  describe(`${name}: ${graph.nodes.length} nodes, ${graph.edges.length} edges`, () => {
    for (const [variant, options] of variants) {
      bench(variant, () => timed(`${name} / ${variant}`, () => computeLayout(graph, elk, options)), {
        iterations: 3,
        warmupIterations: 1,
        time: 0,
        warmupTime: 0,
      });
    }

    // Packing the laid-out components: the shelf packer against ELK's rectpacking.
    const blocks: Size[] = [];
    bench(
      'pack components: packBlocks',
      () => {
        packBlocks(blocks, { gap: 120, aspectRatio: 16 / 9 });
      },
      { setup: () => componentSizes(graph, blocks), iterations: 50, time: 0 },
    );
    bench(
      'pack components: ELK rectpacking',
      async () => {
        await elk.layout({
          id: 'root',
          layoutOptions: {
            'elk.algorithm': 'rectpacking',
            'elk.aspectRatio': String(16 / 9),
            'elk.spacing.nodeNode': '120',
          },
          children: blocks.map((b, i) => ({ id: `b${i}`, ...b })),
        });
      },
      { setup: () => componentSizes(graph, blocks), iterations: 50, time: 0 },
    );
  });
}

/** Fills `sizes` with the boxes computeLayout packs for this graph. */
async function componentSizes(graph: LayoutGraph, sizes: Size[]) {
  if (sizes.length === 0) sizes.push(...(await layoutBlocks(graph, elk)).blocks.map((b) => b.box));
}
