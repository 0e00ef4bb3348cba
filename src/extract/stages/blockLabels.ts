// Labels of the blocks a web page lays a single project out in: the block that states the work
// ("任务安排", "实事内容") and the one that reports on it ("落实情况", "进展情况").
export const TASK_LABEL_WORDS = "任务安排|工作任务|主要任务|目标任务|实事内容|建设内容|项目内容|工作内容|主要内容|建设任务";
export const REPORT_LABEL_WORDS = "落实情况|进展情况|进度情况|完成情况|推进情况|工作进展|实施情况|工作成效|取得成效";
export const TASK_LABEL = new RegExp(`^(?:${TASK_LABEL_WORDS})\\s*[：:]?$`);
export const REPORT_LABEL = new RegExp(`^(?:${REPORT_LABEL_WORDS})\\s*[：:]?`);
// a label standing alone between spaces inside a line a text flow ran together, after a closed
// sentence or a title's closing bracket
// (the sentence's close is looked behind from its first space: a pattern that opens with a lookbehind
// is tried at every offset, one that opens with a space only at spaces)
export const RUN_IN_BLOCK_LABEL = new RegExp(`[ \\u3000](?<=[。；;！？!?）)】][ \\u3000])[ \\u3000]*((?:${TASK_LABEL_WORDS}|${REPORT_LABEL_WORDS}))[ \\u3000]+(?=\\S)`, "g");
