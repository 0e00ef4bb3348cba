// The ordinal label that opens a stage line of a staged plan: "第一阶段", its span in brackets and a colon
// ("第二阶段（4月12日-4月26日）：…"). Read by segment (a stage line is a block of its own) and stageLines.
export const STAGE_LINE = /^第([一二三四五六七八九十]{1,3})\s*[阶階]段\s*(?:[（(][^（()）]{0,30}[）)])?\s*[：:，,]?\s*/;
