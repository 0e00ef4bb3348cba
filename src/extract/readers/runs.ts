// Bold detection shared by the DOCX and HTML readers.
import type { Paragraph } from "../model.js";

export interface RunText {
  text: string;
  bold: boolean;
}

/** `boldPrefix` when leading runs are bold and normal text follows; `bold` when all text is bold. */
export function boldOf(runs: RunText[]): Pick<Paragraph, "bold" | "boldPrefix"> {
  let prefix = "";
  let index = 0;
  while (index < runs.length && (runs[index].bold || !runs[index].text.trim())) {
    prefix += runs[index].text;
    index++;
  }
  const rest = runs.slice(index).some((run) => run.text.trim());
  if (!rest) return runs.some((run) => run.bold && run.text.trim()) ? { bold: true } : {};
  return prefix.trim() ? { boldPrefix: prefix.trim() } : {};
}
