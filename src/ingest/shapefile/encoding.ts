import { ConfigError } from "../../core/errors.js";

/** Turns the bytes of a DBF text value into a string. */
export type Decode = (bytes: Buffer) => string;

/** Code pages of the DBF language driver ids, as GDAL's shapefile driver maps them. */
// prettier-ignore
const LDID_CODE_PAGES: Readonly<Record<number, number>> = {
  1: 437, 2: 850, 3: 1252, 4: 10000, 8: 865, 10: 850, 11: 437, 13: 437, 14: 850, 15: 437,
  16: 850, 17: 437, 18: 850, 19: 932, 20: 850, 21: 437, 22: 850, 23: 865, 24: 437, 25: 437,
  26: 850, 27: 437, 28: 863, 29: 850, 31: 852, 34: 852, 35: 852, 36: 860, 37: 850, 38: 866,
  55: 850, 64: 852, 77: 936, 78: 949, 79: 950, 80: 874, 88: 1252, 89: 1252, 100: 852, 101: 866,
  102: 865, 103: 861, 104: 895, 105: 620, 106: 737, 107: 857, 108: 863, 120: 950, 121: 949, 122: 936,
  123: 932, 124: 874, 134: 737, 135: 852, 136: 857, 150: 10007, 151: 10029, 200: 1250, 201: 1251, 202: 1254,
  203: 1253, 204: 1257,
};

/** LDID 87 (0x57) is ISO-8859-1 itself. */
const LDID_LATIN1 = 87;

/**
 * The encoding GDAL (and so pyogrio/geopandas) reads a DBF's text in: the template's `encoding`,
 * else the `.cpg` file, else the language driver byte, else ISO-8859-1 (pyogrio's default for a
 * shapefile that declares nothing). Returned as GDAL names it (`CP1252`, `ISO-8859-1`, `UTF-8`).
 */
export function dbfEncoding(sources: {
  template?: string | undefined;
  cpg?: string | undefined;
  languageDriver: number;
}): { encoding: string; from: string } {
  if (sources.template !== undefined)
    return { encoding: sources.template.trim(), from: "file_format.encoding" };
  const cpg = sources.cpg?.split(/\r?\n/)[0]?.trim();
  if (cpg) return { encoding: fromCodePageText(cpg), from: ".cpg file" };
  const ldid = sources.languageDriver;
  if (ldid === LDID_LATIN1) return { encoding: "ISO-8859-1", from: `language driver ${ldid}` };
  const codePage = LDID_CODE_PAGES[ldid];
  if (codePage !== undefined) return { encoding: `CP${codePage}`, from: `language driver ${ldid}` };
  return { encoding: "ISO-8859-1", from: "default (nothing declared)" };
}

/** GDAL's reading of a `.cpg` text: a Windows/DOS code page number, `8859-n`, UTF-8, or a name. */
function fromCodePageText(text: string): string {
  const number = Number.parseInt(text, 10);
  if ((number >= 437 && number <= 950) || (number >= 1250 && number <= 1258)) return `CP${number}`;
  const iso = /^8859-?(\d+)/i.exec(text);
  if (iso) return `ISO-8859-${iso[1]}`;
  if (/^ANSI 1251/i.test(text)) return "CP1251";
  // 65001 is Windows' code page number for UTF-8 (GDAL would pass it on as a name).
  if (/^utf-?8/i.test(text) || number === 65001) return "UTF-8";
  return text;
}

/** A decoder for the encoding; a clear error when Node cannot decode it. */
export function decoderFor(encoding: string, from: string): Decode {
  const name = encoding.toLowerCase().replace(/_/g, "-");
  if (["iso-8859-1", "latin1", "latin-1", "l1"].includes(name)) return (b) => b.toString("latin1");
  if (["utf-8", "utf8"].includes(name)) return (b) => b.toString("utf8");
  const codePage = /^(?:cp|windows-)(\d+)$/.exec(name)?.[1];
  if (codePage === "1252") return decodeWindows1252;
  const label = codePage === undefined ? name : codePageLabel(Number(codePage));
  try {
    const decoder = new TextDecoder(label);
    return (b) => decoder.decode(b);
  } catch {
    throw new ConfigError(
      `shapefile text encoding "${encoding}" (from the ${from}) cannot be decoded here; set file_format.encoding to one of: UTF-8, ISO-8859-1, CP1250-CP1258, CP866, CP874, CP932, CP936, CP949, CP950, ISO-8859-2..16`,
    );
  }
}

function codePageLabel(codePage: number): string {
  if (codePage >= 1250 && codePage <= 1258) return `windows-${codePage}`;
  const named: Record<number, string> = {
    866: "ibm866",
    874: "windows-874",
    932: "shift_jis",
    936: "gbk",
    949: "euc-kr",
    950: "big5",
  };
  return named[codePage] ?? `cp${codePage}`;
}

/** Bytes 0x80-0x9F of code page 1252 (Node's own windows-1252 decoder reads them as Latin-1). */
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

function decodeWindows1252(bytes: Buffer): string {
  return bytes
    .toString("latin1")
    .replace(/[\u0080-\u009F]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}
