import dagre from "@dagrejs/dagre";

export interface LayoutNode {
  id: string;
  deps: readonly string[];
  label: string;
}

export interface Placed {
  x: number;
  y: number;
  w: number;
  h: number;
}

const NODE_HEIGHT = 34;
const CHAR_WIDTH = 7.2;

/** A left-to-right layered layout of the asset graph (dagre), deterministic for the same graph. */
export function layoutGraph(nodes: readonly LayoutNode[]): {
  placed: Map<string, Placed>;
  width: number;
  height: number;
} {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: "LR", nodesep: 12, ranksep: 48, marginx: 16, marginy: 16 });
  graph.setDefaultEdgeLabel(() => ({}));
  const ids = new Set(nodes.map((n) => n.id));
  for (const node of nodes)
    graph.setNode(node.id, {
      width: Math.max(90, Math.round(node.label.length * CHAR_WIDTH) + 24),
      height: NODE_HEIGHT,
    });
  for (const node of nodes)
    for (const dep of node.deps) if (ids.has(dep)) graph.setEdge(dep, node.id);
  dagre.layout(graph);
  const placed = new Map<string, Placed>();
  for (const node of nodes) {
    const n = graph.node(node.id);
    placed.set(node.id, { x: Math.round(n.x), y: Math.round(n.y), w: n.width, h: n.height });
  }
  const { width = 0, height = 0 } = graph.graph();
  return { placed, width: Math.ceil(width), height: Math.ceil(height) };
}
