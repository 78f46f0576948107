import { SaxesParser, type SaxesTagNS } from "saxes";

/** An element as the readers of Office files see it: local names, prefixes and namespaces dropped. */
export interface XmlElement {
  name: string;
  /** By local name (`r:id` is `id`), entities decoded. */
  attributes: Record<string, string>;
}

export interface XmlHandlers {
  /** `open` holds the local names of the elements around `element`, outermost first. */
  open?(element: XmlElement, open: readonly string[]): void;
  /** Character data (text and CDATA sections) directly inside the innermost of `open`. */
  text?(text: string, open: readonly string[]): void;
  close?(name: string, open: readonly string[]): void;
}

function elementOf(tag: SaxesTagNS): XmlElement {
  const attributes: Record<string, string> = {};
  for (const attribute of Object.values(tag.attributes))
    attributes[attribute.local] = attribute.value;
  return { name: tag.local, attributes };
}

/**
 * Walk an XML document with saxes (a streaming, well-formedness-checking parser): entities, CDATA,
 * namespace prefixes and attribute quoting are its business. A document that is not well-formed
 * fails with `label:line:column: reason`.
 */
export function walkXml(xml: string, label: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: true, fileName: label });
  const open: string[] = [];
  parser.on("opentag", (tag) => {
    const element = elementOf(tag);
    handlers.open?.(element, open);
    open.push(element.name);
  });
  // saxes sends a closetag for a self-closing element too.
  parser.on("closetag", (tag) => {
    open.pop();
    handlers.close?.(tag.local, open);
  });
  const text = (data: string) => handlers.text?.(data, open);
  parser.on("text", text);
  parser.on("cdata", text);
  parser.write(xml).close();
}
