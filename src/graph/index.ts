export * from "./graph.js";
export * from "./selection.js";
export * from "./render.js";
