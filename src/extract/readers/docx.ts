// DOCX reader: word/document.xml → paragraphs and tables of the internal model.
// We read the XML ourselves (SafeZip + saxes) instead of using mammoth because mammoth
// drops what plan documents depend on: it renders automatic numbering as bare <ol>/<li>
// (the "（一）" / "1." / "①" labels and their formats are lost), it cannot tell a leading
// bold run from style-level bold, and it offers no zip-bomb or entity guard of our own.
// Headers, footers, footnotes and comments live in other parts and are never read.
import { ExtractError, type Block, type Paragraph, type SourceDocument } from "../model.js";
import { DocxNumbering } from "./docxNumbering.js";
import { attr, DocxStyles, intAttr, onOff, readNumPr } from "./docxStyles.js";
import { boldOf, type RunText } from "./runs.js";
import { buildTable, type SpanCell } from "./tableGrid.js";
import { resolvePartPath, SafeZip } from "./zip.js";
import { childElements, firstChild, parseXml, type XmlElement } from "./xml.js";

interface Relationship {
  type: string;
  target: string;
}

export function readDocx(bytes: Uint8Array): SourceDocument {
  return readDocxPackage(new SafeZip(bytes));
}

export function readDocxPackage(zip: SafeZip): SourceDocument {
  const mainPart = findMainPart(zip);
  const documentXml = zip.readText(mainPart);
  if (documentXml === undefined) {
    throw new ExtractError("UNREADABLE", "文件已损坏或不完整：找不到 Word 正文（word/document.xml）");
  }
  const rels = readRelationships(zip, mainPart);
  const partOfType = (suffix: string, fallback: string) => {
    const rel = rels.find((r) => r.type.endsWith(suffix));
    return rel ? resolvePartPath(mainPart, rel.target) : fallback;
  };
  const stylesXml = zip.readText(partOfType("/styles", "word/styles.xml"));
  const numberingXml = zip.readText(partOfType("/numbering", "word/numbering.xml"));
  const styles = new DocxStyles(stylesXml ? parseXml(stylesXml, "styles.xml") : undefined);
  const numbering = new DocxNumbering(numberingXml ? parseXml(numberingXml, "numbering.xml") : undefined, styles);

  const document = firstChild(parseXml(documentXml, "document.xml"), "w:document");
  const body = firstChild(document, "w:body");
  const reader = new DocxBodyReader(styles, numbering);
  const blocks = body ? reader.readBlocks(body) : [];
  return { format: "docx", blocks, warnings: reader.warnings };
}

function findMainPart(zip: SafeZip): string {
  const rootRels = readRelationships(zip, "");
  const main = rootRels.find((rel) => rel.type.endsWith("/officeDocument"));
  const path = main ? resolvePartPath("", main.target) : "word/document.xml";
  return zip.has(path) ? path : "word/document.xml";
}

export function readRelationships(zip: SafeZip, part: string): Relationship[] {
  const folder = part.split("/").slice(0, -1).join("/");
  const file = part.split("/").pop() ?? "";
  const relsPath = `${folder ? `${folder}/` : ""}_rels/${file}.rels`;
  const xml = zip.readText(relsPath);
  if (!xml) return [];
  const root = firstChild(parseXml(xml, relsPath), "pr:Relationships");
  if (!root) return [];
  return childElements(root, "pr:Relationship").map((rel) => ({
    type: attr(rel, "Type") ?? "",
    target: attr(rel, "Target") ?? "",
  }));
}

class DocxBodyReader {
  readonly warnings: string[] = [];

  constructor(
    private readonly styles: DocxStyles,
    private readonly numbering: DocxNumbering,
  ) {}

  readBlocks(container: XmlElement): Block[] {
    const blocks: Block[] = [];
    for (const child of childElements(container)) {
      switch (child.name) {
        case "w:p":
          blocks.push(...this.readParagraph(child));
          break;
        case "w:tbl":
          blocks.push(...this.readTopLevelTable(child));
          break;
        case "w:sdt":
          blocks.push(...this.readBlocks(firstChild(child, "w:sdtContent") ?? child));
          break;
        case "w:customXml":
        case "w:ins":
        case "w:moveTo":
        case "w:smartTag":
          blocks.push(...this.readBlocks(child));
          break;
        case "mc:AlternateContent":
          blocks.push(...this.readBlocks(chooseAlternative(child)));
          break;
      }
    }
    return blocks;
  }

  /** The paragraph itself, followed by the content of any text boxes anchored in it. */
  private readParagraph(p: XmlElement): Block[] {
    const pPr = firstChild(p, "w:pPr");
    const styleId = attr(firstChild(pPr, "w:pStyle"));
    const style = this.styles.paragraphStyle(styleId);
    if (style.tableOfContents) return [];
    const textBoxes: XmlElement[] = [];
    const runs: RunText[] = [];
    this.collectRuns(p, style.bold ?? false, runs, textBoxes);

    const label = this.numberingLabel(pPr, styleId, style.numbering);
    const text = runs.map((run) => run.text).join("").trim();
    const blocks: Block[] = [];
    if (text) {
      const paragraph: Paragraph = { kind: "paragraph", text };
      if (label) paragraph.numbering = label;
      const outline = intAttr(firstChild(pPr, "w:outlineLvl"));
      const heading = outline !== undefined ? (outline < 9 && outline >= 0 ? outline + 1 : undefined) : style.heading;
      if (heading) paragraph.heading = heading;
      Object.assign(paragraph, boldOf(runs));
      blocks.push(paragraph);
    }
    for (const box of textBoxes) blocks.push(...this.readBlocks(box));
    return blocks;
  }

  private numberingLabel(
    pPr: XmlElement | undefined,
    styleId: string | undefined,
    fromStyle: { numId?: string; ilvl?: number } | undefined,
  ): string | undefined {
    const direct = readNumPr(pPr);
    const numId = direct?.numId ?? fromStyle?.numId;
    if (numId === undefined || numId === "0") return undefined;
    const ilvl = direct?.ilvl ?? fromStyle?.ilvl ?? this.numbering.levelForStyle(numId, styleId);
    return this.numbering.next(numId, ilvl);
  }

  private collectRuns(element: XmlElement, paragraphBold: boolean, runs: RunText[], textBoxes: XmlElement[]): void {
    for (const child of childElements(element)) {
      switch (child.name) {
        case "w:r":
          this.readRun(child, paragraphBold, runs, textBoxes);
          break;
        case "w:hyperlink":
        case "w:smartTag":
        case "w:ins":
        case "w:moveTo":
        case "w:fldSimple":
        case "w:customXml":
        case "w:dir":
        case "w:bdo":
          this.collectRuns(child, paragraphBold, runs, textBoxes);
          break;
        case "w:sdt":
          this.collectRuns(firstChild(child, "w:sdtContent") ?? child, paragraphBold, runs, textBoxes);
          break;
        case "mc:AlternateContent":
          this.collectRuns(chooseAlternative(child), paragraphBold, runs, textBoxes);
          break;
      }
    }
  }

  private readRun(run: XmlElement, paragraphBold: boolean, runs: RunText[], textBoxes: XmlElement[]): void {
    const rPr = firstChild(run, "w:rPr");
    if (onOff(firstChild(rPr, "w:vanish"))) return;
    const bold =
      onOff(firstChild(rPr, "w:b")) ?? this.styles.characterBold(attr(firstChild(rPr, "w:rStyle"))) ?? paragraphBold;
    let text = "";
    for (const child of childElements(run)) {
      switch (child.name) {
        case "w:t":
          text += child.children.filter((c): c is string => typeof c === "string").join("");
          break;
        case "w:tab":
        case "w:ptab":
          text += " ";
          break;
        // (a page or column break inside a paragraph ends a line too: the words on both sides are apart)
        case "w:br":
        case "w:cr":
          text += "\n";
          break;
        case "w:noBreakHyphen":
          text += "-";
          break;
        case "w:drawing":
        case "w:pict":
        case "w:object":
        case "mc:AlternateContent":
          textBoxes.push(...findTextBoxes(child));
          break;
      }
    }
    if (text) runs.push({ text, bold });
  }

  private readTopLevelTable(tbl: XmlElement): Block[] {
    const rows = this.tableRows(tbl);
    // A 1×1 table is a frame around content, not data: read what is inside it. So is a small
    // layout table that holds a larger table (a title cell above, or a form around, the real table).
    if (rows.length === 1 && rows[0].length === 1) return rows[0][0].blocks;
    const nested = rows.flat().flatMap((cell) => cell.blocks.filter((b) => b.kind === "table"));
    if (rows.length <= 3 && nested.some((t) => t.rows.length > rows.length)) return rows.flat().flatMap((cell) => cell.blocks);
    return [buildTable(rows.map((row) => row.map(({ text, rowSpan, colSpan }) => ({ text, rowSpan, colSpan }))))];
  }

  private tableRows(tbl: XmlElement): (SpanCell & { blocks: Block[] })[][] {
    const rows: (SpanCell & { blocks: Block[] })[][] = [];
    // Grid column → the cell that started a vertical merge there.
    const mergeOrigins = new Map<number, SpanCell>();
    for (const tr of unwrapped(tbl, "w:tr")) {
      const row: (SpanCell & { blocks: Block[] })[] = [];
      let column = intAttr(firstChild(firstChild(tr, "w:trPr"), "w:gridBefore")) ?? 0;
      if (column > 0) row.push({ text: "", colSpan: Math.min(column, 64), blocks: [] });
      for (const tc of unwrapped(tr, "w:tc")) {
        const tcPr = firstChild(tc, "w:tcPr");
        const colSpan = Math.max(1, Math.min(intAttr(firstChild(tcPr, "w:gridSpan")) ?? 1, 64));
        const vMerge = firstChild(tcPr, "w:vMerge");
        const continuesMerge = vMerge !== undefined && (attr(vMerge) ?? "continue") === "continue";
        const origin = mergeOrigins.get(column);
        if (continuesMerge && origin) {
          origin.rowSpan = (origin.rowSpan ?? 1) + 1;
        } else {
          const blocks = this.readBlocks(tc);
          const cell = { text: cellText(blocks), colSpan, blocks };
          row.push(cell);
          if (vMerge) mergeOrigins.set(column, cell);
          else mergeOrigins.delete(column);
        }
        column += colSpan;
      }
      rows.push(row);
    }
    return rows;
  }
}

/** Flattens a cell's blocks to text: numbered paragraphs keep their label, nested tables become lines. */
function cellText(blocks: Block[]): string {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.kind === "paragraph") lines.push(`${block.numbering ?? ""}${block.text}`);
    else {
      for (const row of block.rows) {
        const texts = row.filter((cell) => !cell.continuation && cell.text).map((cell) => cell.text.replace(/\n/g, " "));
        if (texts.length) lines.push(texts.join(" | "));
      }
    }
  }
  return lines.join("\n");
}

/** Children named `name`, looking through content controls and custom XML wrappers. */
function unwrapped(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of childElements(element)) {
    if (child.name === name) found.push(child);
    else if (child.name === "w:sdt") found.push(...unwrapped(firstChild(child, "w:sdtContent") ?? child, name));
    else if (child.name === "w:customXml" || child.name === "w:ins") found.push(...unwrapped(child, name));
  }
  return found;
}

/** mc:AlternateContent repeats the same content in several encodings: take one. */
function chooseAlternative(element: XmlElement): XmlElement {
  return firstChild(element, "mc:Choice") ?? firstChild(element, "mc:Fallback") ?? { name: "", attrs: {}, children: [] };
}

function findTextBoxes(element: XmlElement): XmlElement[] {
  const boxes: XmlElement[] = [];
  const visit = (node: XmlElement) => {
    for (const child of childElements(node)) {
      if (child.name === "w:txbxContent") boxes.push(child);
      else if (child.name === "mc:AlternateContent") visit(chooseAlternative(child));
      else visit(child);
    }
  };
  if (element.name === "mc:AlternateContent") visit(chooseAlternative(element));
  else visit(element);
  return boxes;
}
