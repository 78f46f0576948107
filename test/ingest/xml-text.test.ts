import { describe, expect, it } from "vitest";
import { unescapeXml } from "../../src/ingest/xml-text.js";

describe("unescapeXml", () => {
  it("decodes named, decimal and hex entities, and keeps unknown or out-of-range ones", () => {
    expect(unescapeXml("a &amp; b &lt;c&gt; &quot;&apos; &#233; &#xE9; &#x1F600;")).toBe(
      "a & b <c> \"' é é 😀",
    );
    expect(unescapeXml("&nbsp; &#x110000; &#99999999;")).toBe("&nbsp; &#x110000; &#99999999;");
  });
});
