import { describe, expect, it } from "vitest";
import { buildAssetGraph, indexGraph, type Asset } from "../../src/graph/graph.js";
import { closeMatches, resolveSelection } from "../../src/graph/selection.js";
import { ConfigError, UsageError } from "../../src/core/errors.js";

const graph = buildAssetGraph({
  products: [
    { id: "zoning", tags: ["city", "land"] },
    { id: "parks", tags: ["city"] },
    { id: "ohlcv" },
  ],
  templates: ["dcp_boroughs", "dpr_parks", "unused"],
  recipeInputs: new Map([
    ["zoning", ["dcp_boroughs", "not_a_template"]],
    ["parks", ["dpr_parks", "dcp_boroughs", "dpr_parks"]],
  ]),
});

const ids = (assets: readonly Asset[]) => assets.map((a) => a.id);

describe("asset graph", () => {
  it("chains the four stages of each product and links recipe inputs to ingest assets", () => {
    expect(graph.byId.get("zoning.load")?.deps).toEqual(["zoning.plan"]);
    expect(graph.byId.get("zoning.package")?.deps).toEqual(["zoning.build"]);
    expect(graph.byId.get("zoning.plan")?.deps).toEqual(["ingest.dcp_boroughs"]);
    expect(graph.byId.get("parks.plan")?.deps).toEqual(["ingest.dcp_boroughs", "ingest.dpr_parks"]);
    expect(graph.byId.get("ohlcv.plan")?.deps).toEqual([]);
    expect(graph.dependents.get("ingest.dcp_boroughs")).toEqual(["zoning.plan", "parks.plan"]);
    expect(graph.byId.get("ingest.unused")?.group).toBe("ingest");
    expect(graph.byId.get("parks.build")?.group).toBe("parks");
  });

  it("orders every asset after its dependencies", () => {
    const position = new Map(graph.assets.map((a, i) => [a.id, i]));
    for (const asset of graph.assets) {
      for (const dep of asset.deps)
        expect(position.get(dep)).toBeLessThan(position.get(asset.id) ?? -1);
    }
    expect(graph.assets).toHaveLength(3 + 3 * 4);
  });

  it("rejects a cycle, naming it", () => {
    const asset = (id: string, deps: string[]): Asset => ({
      kind: "ingest",
      id,
      group: "g",
      tags: [],
      deps,
      template: id,
    });
    expect(() => indexGraph([asset("a", ["b"]), asset("b", ["c"]), asset("c", ["a"])])).toThrow(
      /cycle: a -> b -> c -> a/,
    );
    expect(() => indexGraph([asset("a", []), asset("a", [])])).toThrow(ConfigError);
    expect(() => indexGraph([asset("a", ["zzz"])])).toThrow(/unknown asset "zzz"/);
  });
});

describe("selection", () => {
  it("selects an asset, a product (its group), group: and tag:", () => {
    expect(ids(resolveSelection(graph, "zoning.build"))).toEqual(["zoning.build"]);
    expect(ids(resolveSelection(graph, "parks"))).toEqual([
      "parks.plan",
      "parks.load",
      "parks.build",
      "parks.package",
    ]);
    expect(ids(resolveSelection(graph, "group:ingest"))).toEqual([
      "ingest.dcp_boroughs",
      "ingest.dpr_parks",
      "ingest.unused",
    ]);
    expect(ids(resolveSelection(graph, "tag:land"))).toHaveLength(4);
    expect(ids(resolveSelection(graph, "tag:city"))).toHaveLength(8);
  });

  it("+x adds everything x needs, transitively; x+ everything that depends on it", () => {
    expect(ids(resolveSelection(graph, "+zoning.load"))).toEqual([
      "ingest.dcp_boroughs",
      "zoning.plan",
      "zoning.load",
    ]);
    expect(ids(resolveSelection(graph, "ingest.dcp_boroughs+"))).toEqual([
      "ingest.dcp_boroughs",
      ...["plan", "load", "build", "package"].map((s) => `zoning.${s}`),
      ...["plan", "load", "build", "package"].map((s) => `parks.${s}`),
    ]);
    expect(ids(resolveSelection(graph, "+parks.load+"))).toEqual([
      "ingest.dcp_boroughs",
      "ingest.dpr_parks",
      "parks.plan",
      "parks.load",
      "parks.build",
      "parks.package",
    ]);
  });

  it("joins terms with commas, in dependency order, without duplicates; * is everything", () => {
    expect(
      ids(resolveSelection(graph, "parks.build, ohlcv.plan ,parks.build,ingest.unused")),
    ).toEqual(["ingest.unused", "parks.build", "ohlcv.plan"]);
    expect(resolveSelection(graph, "*")).toHaveLength(graph.assets.length);
  });

  it("rejects unknown names with close matches, and empty terms", () => {
    expect(() => resolveSelection(graph, "zonning")).toThrow(UsageError);
    expect(() => resolveSelection(graph, "zonning")).toThrow(
      /unknown asset or product "zonning".*did you mean "zoning"/,
    );
    expect(() => resolveSelection(graph, "zoning.biuld")).toThrow(/did you mean "zoning.build"/);
    expect(() => resolveSelection(graph, "group:ingst")).toThrow(
      /unknown group "ingst".*"group:ingest"/,
    );
    expect(() => resolveSelection(graph, "tag:cty")).toThrow(/unknown tag "cty".*"tag:city"/);
    expect(() => resolveSelection(graph, "parks,")).toThrow(/empty selection term/);
    expect(() => resolveSelection(graph, "+")).toThrow(UsageError);
    expect(() => resolveSelection(graph, "qqqqqqqq")).toThrow(/^(?!.*did you mean)/);
  });

  it("finds close matches by edit distance or containment", () => {
    expect(closeMatches("park", ["parks", "zoning", "parks.build"])).toEqual([
      "parks",
      "parks.build",
    ]);
    expect(closeMatches("xyz", ["parks"])).toEqual([]);
  });
});
