export { extractShapefile } from "./archive.js";
export { KNOWN_CRS, reprojection } from "./crs.js";
export { loadShapefile, type ShapefileOptions } from "./load.js";
export { ShapefileError } from "./reader.js";
