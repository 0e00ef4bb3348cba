// A small element tree built with saxes for OOXML parts.
// saxes never expands entities beyond the five predefined ones and has no DTD support, so
// "billion laughs" and external entities cannot expand; we additionally refuse any DOCTYPE
// outright, since legitimate OOXML parts never carry one.
// Namespace URIs are mapped to canonical prefixes ("w:", "r:", …) so a document that uses
// unusual prefixes (or ISO "strict" namespaces) reads the same as one written by Word.
import { SaxesParser } from "saxes";
import { ExtractError } from "../model.js";
import { corruptFile } from "./zip.js";

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const MAX_DEPTH = 256;

const CANONICAL_PREFIX: Record<string, string> = {
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
  "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
  "http://purl.oclc.org/ooxml/officeDocument/relationships": "r",
  "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main": "x",
  "http://purl.oclc.org/ooxml/spreadsheetml/main": "x",
  "http://schemas.openxmlformats.org/package/2006/relationships": "pr",
  "urn:schemas-microsoft-com:vml": "v",
};

function qualify(uri: string, prefix: string, local: string): string {
  const canonical = CANONICAL_PREFIX[uri];
  if (canonical) return `${canonical}:${local}`;
  return prefix ? `${prefix}:${local}` : local;
}

export function parseXml(text: string, partName: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const root: XmlElement = { name: "#root", attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let failure: unknown;

  parser.on("doctype", () => {
    throw new ExtractError("UNSAFE_ARCHIVE", `文档部件 ${partName} 含有 DOCTYPE/实体声明，出于安全考虑已拒绝读取`);
  });
  parser.on("opentag", (tag) => {
    if (stack.length > MAX_DEPTH) {
      throw new ExtractError("UNREADABLE", `文档结构嵌套过深（超过${MAX_DEPTH}层），无法读取`);
    }
    const attrs: Record<string, string> = {};
    for (const attr of Object.values(tag.attributes)) {
      if (attr.prefix === "xmlns" || attr.name === "xmlns") continue;
      attrs[attr.uri ? qualify(attr.uri, attr.prefix, attr.local) : attr.local] = attr.value;
    }
    const element: XmlElement = { name: qualify(tag.uri, tag.prefix, tag.local), attrs, children: [] };
    stack[stack.length - 1].children.push(element);
    stack.push(element);
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.on("text", (text) => {
    stack[stack.length - 1].children.push(text);
  });
  parser.on("cdata", (text) => {
    stack[stack.length - 1].children.push(text);
  });
  parser.on("error", (error) => {
    failure ??= error;
  });

  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof ExtractError) throw error;
    failure ??= error;
  }
  if (failure) throw corruptFile(`${partName} 格式错误`);
  return root;
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  const result: XmlElement[] = [];
  for (const child of element.children) {
    if (typeof child !== "string" && (name === undefined || child.name === name)) result.push(child);
  }
  return result;
}

export function firstChild(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!element) return undefined;
  for (const child of element.children) {
    if (typeof child !== "string" && child.name === name) return child;
  }
  return undefined;
}
