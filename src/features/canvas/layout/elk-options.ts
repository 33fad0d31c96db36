import type { LayoutOptions } from 'elkjs/lib/elk-api';

/*
 * ELK layered, left to right, orthogonal edges, room for edge labels. Measured on this shared
 * 2-core machine, whole computeLayout in Node (layout.bench.ts), CPU time of the process unless
 * marked "wall" (* = wall time at load average ~13, the rest at 4–13). AgencyOS = 74 nodes,
 * 174 edges; synthetic = 502 nodes, 1498 edges. Crossings: orthogonal segment crossings.
 *
 *   variant                                     AgencyOS        synthetic 500/1500     crossings A / S
 *   chosen (FIXED_POS; thoroughness 3 from      50–130 ms       1.6–1.8 s              151 / 11 713
 *     LARGE_COMPONENT nodes, ELK's 7 below)
 *   thoroughness 7 everywhere                   same            2.4–2.9 s              151 / 10 940
 *   thoroughness 1 everywhere                   40 ms wall      1.1–1.2 s wall         197 / 14 675
 *   FIXED_ORDER ports                           75–150 ms       1.4–1.7 s              111 / 11 226
 *   FIXED_SIDE ports                            —               —                      103 / 13 508
 *   nodePlacement NETWORK_SIMPLEX               160–220 ms wall 860–1 280 s wall (!)   152 / 12 699
 *   mergeEdges                                  0.5 s wall*     7.7–10 s wall*         189 / 15 122
 *   highDegreeNodes.treatment                   0.6 s wall*     6.8–13 s wall*         172 / 10 990
 *   hubs kept in the layout (see hubs.ts)       220–480 ms      3.7–4.0 s, 23k × 101k px drawing
 *
 * In headless Chromium's worker (load ~8), chosen options: AgencyOS 130 ms (740 ms including
 * the worker's start and ELK's parse), synthetic 1.3 s (1.9 s); the main thread never stalls >43 ms.
 * FIXED_ORDER is faster, but it and FIXED_SIDE let ELK move the ports: 77 of AgencyOS's 83 and
 * all 130 of the synthetic model's ported edges then leave off their field row and would miss
 * the handles. Ports stay FIXED_POS. Thoroughness 3 saves a third of the time on big components for
 * ~7% more crossings, so small and mid-size models keep ELK's 7.
 * Never set considerModelOrder / forceNodeModelOrder: 200 collections took 123 s with them.
 */
export const LAYERED_OPTIONS: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
  'elk.spacing.nodeNode': '70',
  'elk.layered.spacing.nodeNodeBetweenLayers': '120',
  'elk.spacing.edgeNode': '24',
  'elk.spacing.edgeEdge': '12',
  'elk.layered.spacing.edgeNodeBetweenLayers': '24',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '12',
};

export const LARGE_COMPONENT = 150;

/**
 * A large component's shape. ELK's default node placement (Brandes-Köpf) keeps long edges
 * straight, and in a component of hundreds of loosely related collections it spreads each layer's
 * few nodes over the whole height: the synthetic model's 438-node component came out 16,900 ×
 * 73,100 px, a strip that fit view at the minimum zoom showed a quarter of. SIMPLE placement packs
 * each layer, and edges 6 px apart instead of 12 take less room between layers: 26,000 × 13,700 px,
 * a third of the area, in the same time (1.7-2.6 s). Measured (tmp variants of layout.bench.ts):
 * LINEAR_SEGMENTS 17,000 × 58,000; Coffman-Graham layering bounded to 25 or 40 a layer, MIN_WIDTH,
 * STRETCH_WIDTH or LONGEST_PATH layering 19,000-45,000 × 65,000-79,000; edges 4 px apart 21,900 ×
 * 13,400 (lines then merge at the detail zoom); post-compaction 35 s; ELK stress 28 s, overlapping.
 */
const LARGE_COMPONENT_OPTIONS: LayoutOptions = {
  'elk.layered.thoroughness': '3',
  'elk.layered.nodePlacement.strategy': 'SIMPLE',
  'elk.spacing.edgeEdge': '6',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '6',
};

/** The options for a component of this many nodes. */
export function layeredOptionsFor(nodeCount: number): LayoutOptions {
  return nodeCount >= LARGE_COMPONENT ? { ...LAYERED_OPTIONS, ...LARGE_COMPONENT_OPTIONS } : LAYERED_OPTIONS;
}
