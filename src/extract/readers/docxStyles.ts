// word/styles.xml: which paragraph styles are headings, which styles make text bold, and
// which paragraph styles carry automatic numbering (w:numPr), all following w:basedOn.
import { childElements, firstChild, type XmlElement } from "./xml.js";

export interface NumberingReference {
  numId: string;
  ilvl?: number;
}

interface StyleDefinition {
  id: string;
  name: string;
  type: string;
  basedOn?: string;
  outlineLevel?: number;
  bold?: boolean;
  numbering?: Partial<NumberingReference>;
}

export interface ResolvedParagraphStyle {
  heading?: number;
  /** A table-of-contents entry ("toc 1"): a copy of headings with page numbers, not content. */
  tableOfContents?: boolean;
  bold?: boolean;
  numbering?: Partial<NumberingReference>;
}

const MAX_INHERITANCE = 20;

export function attr(element: XmlElement | undefined, name = "w:val"): string | undefined {
  return element?.attrs[name];
}

/** Word's on/off properties: <w:b/> is on, <w:b w:val="0"/> is off, absent is "inherit". */
export function onOff(element: XmlElement | undefined): boolean | undefined {
  if (!element) return undefined;
  const value = attr(element);
  return value === undefined || !["0", "false", "off", "none"].includes(value.toLowerCase());
}

export function intAttr(element: XmlElement | undefined, name = "w:val"): number | undefined {
  const value = attr(element, name);
  if (value === undefined) return undefined;
  const parsed = Number.parseInt(value, 10);
  return Number.isFinite(parsed) ? parsed : undefined;
}

export function readNumPr(pPr: XmlElement | undefined): Partial<NumberingReference> | undefined {
  const numPr = firstChild(pPr, "w:numPr");
  if (!numPr) return undefined;
  const numId = attr(firstChild(numPr, "w:numId"));
  const ilvl = intAttr(firstChild(numPr, "w:ilvl"));
  if (numId === undefined && ilvl === undefined) return undefined;
  return { numId, ilvl };
}

export class DocxStyles {
  private readonly styles = new Map<string, StyleDefinition>();
  readonly defaultParagraphStyle?: string;
  private readonly defaultBold?: boolean;

  constructor(root: XmlElement | undefined) {
    const stylesElement = root ? firstChild(root, "w:styles") : undefined;
    if (!stylesElement) return;
    const runDefaults = firstChild(firstChild(firstChild(stylesElement, "w:docDefaults"), "w:rPrDefault"), "w:rPr");
    this.defaultBold = onOff(firstChild(runDefaults, "w:b"));
    for (const style of childElements(stylesElement, "w:style")) {
      const id = attr(style, "w:styleId");
      if (!id) continue;
      const type = attr(style, "w:type") ?? "paragraph";
      const pPr = firstChild(style, "w:pPr");
      const definition: StyleDefinition = {
        id,
        type,
        name: attr(firstChild(style, "w:name")) ?? id,
        basedOn: attr(firstChild(style, "w:basedOn")),
        outlineLevel: intAttr(firstChild(pPr, "w:outlineLvl")),
        bold: onOff(firstChild(firstChild(style, "w:rPr"), "w:b")),
        numbering: readNumPr(pPr),
      };
      this.styles.set(id, definition);
      if (type === "paragraph" && ["1", "true", "on"].includes(attr(style, "w:default") ?? "")) {
        this.defaultParagraphStyle = id;
      }
    }
  }

  paragraphStyle(styleId: string | undefined): ResolvedParagraphStyle {
    const resolved: ResolvedParagraphStyle = {};
    let outlineLevel: number | undefined;
    let headingFromName: number | undefined;
    const numbering: Partial<NumberingReference> = {};
    for (const style of this.chain(styleId ?? this.defaultParagraphStyle)) {
      headingFromName ??= headingLevelFromName(style.name);
      if (/^toc\s*\d$/i.test(style.name.trim()) || /^目录\s*\d$/.test(style.name.trim())) resolved.tableOfContents = true;
      outlineLevel ??= style.outlineLevel;
      resolved.bold ??= style.bold;
      numbering.numId ??= style.numbering?.numId;
      numbering.ilvl ??= style.numbering?.ilvl;
    }
    resolved.bold ??= this.defaultBold;
    if (outlineLevel !== undefined && outlineLevel >= 0 && outlineLevel < 9) resolved.heading = outlineLevel + 1;
    else if (headingFromName !== undefined) resolved.heading = headingFromName;
    if (numbering.numId !== undefined) resolved.numbering = numbering;
    return resolved;
  }

  characterBold(styleId: string | undefined): boolean | undefined {
    for (const style of this.chain(styleId)) {
      if (style.bold !== undefined) return style.bold;
    }
    return undefined;
  }

  /** The style whose numbering definition points at this numbering style (w:numStyleLink). */
  numberingOfStyle(styleId: string): string | undefined {
    for (const style of this.chain(styleId)) {
      if (style.numbering?.numId) return style.numbering.numId;
    }
    return undefined;
  }

  private *chain(styleId: string | undefined): Generator<StyleDefinition> {
    const seen = new Set<string>();
    let current = styleId ? this.styles.get(styleId) : undefined;
    while (current && !seen.has(current.id) && seen.size < MAX_INHERITANCE) {
      seen.add(current.id);
      yield current;
      current = current.basedOn ? this.styles.get(current.basedOn) : undefined;
    }
  }
}

function headingLevelFromName(name: string): number | undefined {
  const match = /^(?:heading|标题)\s*([1-9])$/i.exec(name.trim());
  return match ? Number(match[1]) : undefined;
}
