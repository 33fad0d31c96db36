import type { LayoutOptions } from 'elkjs/lib/elk-api';

/*
 * ELK layered, left to right, orthogonal edges, room for edge labels. Measured in Node on this
 * shared 2-core machine (layout.bench.ts; load average ~4 unless noted), whole computeLayout,
 * hubs aside; AgencyOS = 74 nodes / 174 edges, synthetic = 502 nodes / 1498 edges:
 *
 *   option tried                               AgencyOS       synthetic 500        crossings (A / S)
 *   defaults below, thoroughness 7 (ELK's)     167–227 ms     2.8–3.7 s            151 / 10 940
 *   thoroughness 3                             127–160 ms     1.4 s                186 / 11 713
 *   thoroughness 1                             39 ms          1.1–1.2 s            197 / 14 675
 *   FIXED_ORDER ports (instead of FIXED_POS)   58–61 ms       2.1–2.2 s            111 / 10 065
 *   nodePlacement NETWORK_SIMPLEX              158–222 ms     860–1 280 s (!)      152 / 12 699
 *   mergeEdges                                 0.5 s (load 13) 7.7–10 s (load 13)  189 / 15 122
 *   highDegreeNodes.treatment                  0.6 s (load 13) 6.8–13 s (load 13)  172 / 10 990
 *   hubs kept in the layout (no hub column)    0.6–1 s        4.8–11 s, 23k×101k px drawing
 *
 * FIXED_ORDER is faster but lets ELK move ports off their field rows, so routes would not meet
 * the handles: ports stay FIXED_POS. Thoroughness 3 halves the time of big components for ~7%
 * more crossings, so it is used from LARGE_COMPONENT nodes up; smaller ones keep ELK's 7.
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

/** The options for a component of this many nodes. */
export function layeredOptionsFor(nodeCount: number): LayoutOptions {
  return nodeCount >= LARGE_COMPONENT
    ? { ...LAYERED_OPTIONS, 'elk.layered.thoroughness': '3' }
    : LAYERED_OPTIONS;
}
