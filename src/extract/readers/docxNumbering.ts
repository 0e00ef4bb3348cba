// word/numbering.xml → the label Word would display before a numbered paragraph.
// Word keeps the numbers out of the text, so without this "（一）" and "1." are lost.
// Model: w:num instances point to a w:abstractNum of up to nine levels; each level has a
// start, a format (decimal, chineseCounting, …), a template ("（%1）", "%1.%2"), and restart
// rules. Instances without start overrides share their abstract list's counters (Word's
// behaviour: two w:num of one list continue each other); an instance with w:startOverride
// is a restarted list with counters of its own.
import { formatListNumber } from "./numberFormat.js";
import { attr, intAttr, type DocxStyles } from "./docxStyles.js";
import { childElements, firstChild, type XmlElement } from "./xml.js";

interface LevelDefinition {
  start: number;
  format: string;
  template: string;
  /** Restart this level after a use of any level below this 1-based number; 0 = never. */
  restartAfter?: number;
  legal: boolean;
  paragraphStyle?: string;
}

interface AbstractList {
  levels: (LevelDefinition | undefined)[];
  numStyleLink?: string;
}

interface ListInstance {
  abstractId: string;
  levels: (LevelDefinition | undefined)[];
  hasStartOverride: boolean;
}

const LEVEL_COUNT = 9;
const PRIVATE_USE = /[\uE000-\uF8FF]/;

function readLevel(lvl: XmlElement, inherited?: LevelDefinition): LevelDefinition {
  return {
    start: intAttr(firstChild(lvl, "w:start")) ?? inherited?.start ?? 1,
    format: attr(firstChild(lvl, "w:numFmt")) ?? inherited?.format ?? "decimal",
    template: attr(firstChild(lvl, "w:lvlText")) ?? inherited?.template ?? "",
    restartAfter: intAttr(firstChild(lvl, "w:lvlRestart")) ?? inherited?.restartAfter,
    legal: firstChild(lvl, "w:isLgl") ? attr(firstChild(lvl, "w:isLgl")) !== "0" : inherited?.legal ?? false,
    paragraphStyle: attr(firstChild(lvl, "w:pStyle")) ?? inherited?.paragraphStyle,
  };
}

function levelIndex(lvl: XmlElement): number | undefined {
  const index = intAttr(lvl, "w:ilvl");
  return index !== undefined && index >= 0 && index < LEVEL_COUNT ? index : undefined;
}

export class DocxNumbering {
  private readonly abstracts = new Map<string, AbstractList>();
  private readonly instances = new Map<string, ListInstance>();
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly abstractOfNum = new Map<string, string>();

  constructor(
    root: XmlElement | undefined,
    private readonly styles: DocxStyles,
  ) {
    const numbering = root ? firstChild(root, "w:numbering") : undefined;
    if (!numbering) return;
    for (const abstract of childElements(numbering, "w:abstractNum")) {
      const id = attr(abstract, "w:abstractNumId");
      if (id === undefined) continue;
      const levels: (LevelDefinition | undefined)[] = new Array(LEVEL_COUNT).fill(undefined);
      for (const lvl of childElements(abstract, "w:lvl")) {
        const index = levelIndex(lvl);
        if (index !== undefined) levels[index] = readLevel(lvl);
      }
      this.abstracts.set(id, { levels, numStyleLink: attr(firstChild(abstract, "w:numStyleLink")) });
    }
    const nums = childElements(numbering, "w:num");
    for (const num of nums) {
      const numId = attr(num, "w:numId");
      const abstractId = attr(firstChild(num, "w:abstractNumId"));
      if (numId !== undefined && abstractId !== undefined && !this.abstractOfNum.has(numId)) {
        this.abstractOfNum.set(numId, abstractId);
      }
    }
    for (const num of nums) {
      const numId = attr(num, "w:numId");
      const abstractId = numId === undefined ? undefined : this.abstractOfNum.get(numId);
      if (numId === undefined || abstractId === undefined || this.instances.has(numId)) continue;
      this.instances.set(numId, this.readInstance(num, abstractId));
    }
  }

  /** The level a numbering-carrying paragraph style is linked to (w:lvl/w:pStyle), else 0. */
  levelForStyle(numId: string, styleId: string | undefined): number {
    const levels = this.instances.get(numId)?.levels ?? [];
    const index = levels.findIndex((level) => level?.paragraphStyle !== undefined && level.paragraphStyle === styleId);
    return index >= 0 ? index : 0;
  }

  /** Advances the list and returns the label for this paragraph, e.g. "（二）". */
  next(numId: string, ilvl: number): string | undefined {
    const instance = this.instances.get(numId);
    if (!instance || ilvl < 0 || ilvl >= LEVEL_COUNT) return undefined;
    const level = instance.levels[ilvl];
    if (!level) return undefined;
    const counters = this.countersFor(numId, instance);
    counters[ilvl] = counters[ilvl] === undefined ? level.start : counters[ilvl]! + 1;
    for (let deeper = ilvl + 1; deeper < LEVEL_COUNT; deeper++) {
      const restartAfter = instance.levels[deeper]?.restartAfter ?? deeper;
      if (restartAfter !== 0 && ilvl < restartAfter) counters[deeper] = undefined;
    }
    return this.render(instance, level, counters);
  }

  private render(instance: ListInstance, level: LevelDefinition, counters: (number | undefined)[]): string | undefined {
    if (level.format === "bullet") {
      const symbol = level.template.trim();
      return !symbol || PRIVATE_USE.test(symbol) ? "•" : symbol;
    }
    const label = level.template.replace(/%([1-9])/g, (_, digit: string) => {
      const index = Number(digit) - 1;
      const referenced = instance.levels[index];
      const value = counters[index] ?? referenced?.start ?? 1;
      const format = level.legal ? "decimal" : (referenced?.format ?? "decimal");
      return formatListNumber(value, format);
    });
    return label.trim() || undefined;
  }

  private countersFor(numId: string, instance: ListInstance): (number | undefined)[] {
    const key = instance.hasStartOverride ? `num:${numId}` : `abstract:${instance.abstractId}`;
    let counters = this.counters.get(key);
    if (!counters) {
      counters = new Array(LEVEL_COUNT).fill(undefined);
      this.counters.set(key, counters);
    }
    return counters;
  }

  private readInstance(num: XmlElement, abstractId: string): ListInstance {
    const abstractLevels = this.abstractLevels(abstractId);
    const levels = [...abstractLevels];
    let hasStartOverride = false;
    for (const override of childElements(num, "w:lvlOverride")) {
      const index = levelIndex(override);
      if (index === undefined) continue;
      const replacement = firstChild(override, "w:lvl");
      if (replacement) levels[index] = readLevel(replacement, levels[index]);
      const startOverride = intAttr(firstChild(override, "w:startOverride"));
      if (startOverride !== undefined && levels[index]) {
        levels[index] = { ...levels[index]!, start: startOverride };
        hasStartOverride = true;
      }
    }
    return { abstractId, levels, hasStartOverride };
  }

  /** Levels of an abstract list, following w:numStyleLink to the list a numbering style defines. */
  private abstractLevels(abstractId: string, depth = 0): (LevelDefinition | undefined)[] {
    const abstract = this.abstracts.get(abstractId);
    if (!abstract) return new Array(LEVEL_COUNT).fill(undefined);
    if (abstract.numStyleLink && depth < 5) {
      const linkedNumId = this.styles.numberingOfStyle(abstract.numStyleLink);
      const linkedNum = linkedNumId ? this.linkedAbstractId(linkedNumId) : undefined;
      if (linkedNum && linkedNum !== abstractId) return this.abstractLevels(linkedNum, depth + 1);
    }
    return abstract.levels;
  }

  private linkedAbstractId(numId: string): string | undefined {
    return this.abstractOfNum.get(numId);
  }
}
