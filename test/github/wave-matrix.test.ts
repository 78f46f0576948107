import { describe, expect, it } from "vitest";
import type { MatrixUnit } from "../../src/github/matrix.js";
import {
  MAX_UPSTREAM_KEYS,
  upstreamPattern,
  waveMatrices,
  type WaveEntry,
} from "../../src/github/wave-matrix.js";
import { globToRegExp } from "../workflows/steps.js";

const unit = (product: string, partition = "main"): MatrixUnit => ({
  item: { kind: "product", product, partition },
  runsOn: "ubuntu-latest",
  timeoutMinutes: 10,
});

describe("waveMatrices", () => {
  it("puts each product's items in its wave, and names the upstream legs of a later one", () => {
    const units = [unit("a"), unit("b"), unit("c"), unit("c", "other")];
    const inputs = new Map([["c", ["a"]]]);
    const [first, second] = waveMatrices(units, [["a", "b"], ["c"]], inputs);
    const legsOf = (entries: WaveEntry[] | undefined, product: string) =>
      (entries ?? []).filter((e) => e.items.some(([p]) => p === product));
    expect(first?.matrix.include.flatMap((e) => e.items.map(([p]) => p)).sort()).toEqual([
      "a",
      "b",
    ]);
    for (const entry of first?.matrix.include ?? []) expect(entry.upstream).toBeUndefined();
    const aKeys = legsOf(first?.matrix.include, "a").map((e) => e.key);
    const cLegs = legsOf(second?.matrix.include, "c");
    expect(cLegs.flatMap((e) => e.items)).toHaveLength(2);
    for (const leg of cLegs) {
      expect(leg.upstream).toEqual(aKeys);
      expect(leg.upstream_artifacts).toBe(`lc-{build,package}-${aKeys[0]}-a*`);
    }
    expect(JSON.parse(second?.json ?? "")).toEqual(second?.matrix);
  });

  it("past a few upstream legs, reads every earlier leg instead of listing them", () => {
    const upstream = Array.from({ length: 40 }, (_, i) => unit("a", `p${i}`));
    const [first, second] = waveMatrices(
      [...upstream, unit("z")],
      [["a"], ["z"]],
      new Map([["z", ["a"]]]),
    );
    expect((first?.matrix.include.length ?? 0) > MAX_UPSTREAM_KEYS).toBe(true);
    expect(second?.matrix.include[0]?.upstream).toEqual(["*"]);
    expect(second?.matrix.include[0]?.upstream_artifacts).toBe("lc-{build,package}-*-a*");
  });

  it("refuses a wave whose matrix, with its upstream, GitHub would not take as a job output", () => {
    const units = [unit("a"), unit("b")];
    const inputs = new Map([["b", ["a"]]]);
    const bare = waveMatrices(units, [["a"], ["b"]], new Map());
    const fits = Math.max(...bare.map((w) => w.json.length * 2));
    expect(() => waveMatrices(units, [["a"], ["b"]], inputs, { maxBytes: fits })).toThrow(
      new RegExp(
        `wave 2 is \\d+ bytes as GitHub counts job outputs \\(UTF-16\\); GitHub allows ${fits}`,
      ),
    );
  });
});

describe("the upstream pattern, matched as download-artifact matches it (minimatch)", () => {
  it("takes the build and package artifacts of the listed legs, of any attempt, and nothing else", () => {
    const match = (name: string, keys: string[]) => globToRegExp(upstreamPattern(keys)).test(name);
    expect(match("lc-build-k1-a1", ["k1", "k2"])).toBe(true);
    expect(match("lc-package-k2-a3", ["k1", "k2"])).toBe(true);
    expect(match("lc-plan-k1-a1", ["k1", "k2"])).toBe(false);
    expect(match("lc-build-k3-a1", ["k1", "k2"])).toBe(false);
    expect(match("lc-build-k1-a1", ["k1"])).toBe(true);
    expect(match("lcr-build-k1-a1", ["k1"])).toBe(false);
  });
});
