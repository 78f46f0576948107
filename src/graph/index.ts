export * from "./graph.js";
export * from "./selection.js";
export * from "./render.js";
export * from "./lineage.js";
export * from "./waves.js";
