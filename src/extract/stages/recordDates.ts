// a government page's record of the document, its date field: the label, then the date in figures in the next cell
// or after a space ("发布日期 | 2031-03-07", "生成日期 2031-02-21"; not a 索引号's "2031-0307001")
const RECORD_DATE = /(?:发布日期|發佈日期|发布时间|生成日期|成文日期|发文日期|印发日期)\s*[：:|｜]?\s*((?:19|20)\d{2})([-/.])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?!\d)/;

/**
 * The year a government page's record at a text's head dates the document in ("发布日期 | 2031-03-07", "生成日期
 * 2031-02-21"), or null. Read by cover as the last sign of a year, for a text that names none otherwise (no title
 * year, signature, 文号, 年). A sharing site's post stamp ("2031-01-13 09:47:09 某某网") is no such record: it dates
 * the post, not a model text's plan.
 */
export function recordDateYear(head: string): number | null {
  const m = RECORD_DATE.exec(head);
  return m ? Number(m[1]) : null;
}
