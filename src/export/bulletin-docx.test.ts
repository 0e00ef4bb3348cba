// The bulletin DOCX rendered the way a reader sees it: LibreOffice headless → PDF → pdftoppm → pixels.
// Page 1 must carry ink, and red (the issuer's name and the separator line) in its header band only.
// `UPDATE_SCREENSHOTS=1` also writes docs/screenshots/bulletin-page1.png.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findSoffice } from "../extract/readers/legacy.js";
import { bulletinDocx } from "./bulletin-docx.js";
import { heading, list, para as P, table } from "../shared/bulletin-blocks.js";
import { docxToPdf } from "./pdf.js";

const pdftoppm = ["/usr/bin/pdftoppm", "/usr/local/bin/pdftoppm"].find(existsSync);
const ready = Boolean(findSoffice() && pdftoppm);
if (!ready) console.warn("[bulletin-docx.test] 跳过渲染测试：未安装 LibreOffice 或 pdftoppm（poppler-utils）");

function readPpm(buf: Buffer) {
  // P6\n<w> <h>\n255\n<rgb…>
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(buf.subarray(0, 40).toString("latin1"))!;
  const [w, h] = [Number(header[1]), Number(header[2])];
  return { w, h, rgb: buf.subarray(header[0].length) };
}

const para = "全县各股室、各学校认真落实年度重点工作任务，按照一月一调度要求按时报送工作进展，整体推进有序。";

describe.skipIf(!ready)("bulletin DOCX rendered", () => {
  it("has ink on page 1, red pixels in the header band, none below, and several pages numbered", async () => {
    const docx = await bulletinDocx({
      issuer: "示例县教育局工作专报", kindLabel: "工作专报", issueLine: "2026年第3期", editor: "示例县教育局办公室",
      title: "2026年3月重点工作推进情况", date: "2026年3月27日", distribution: "各股室，局属各学校",
      sections: [
        { heading: "总体情况", blocks: [P(para.repeat(3)), P(para.repeat(2))] },
        { heading: "报送情况", blocks: [heading(2, "按时报送单位"), P("基础教育股、计划财务股。"), heading(2, "逾期未报单位"), table([["单位", "未报送报告（份）"], ["安全管理股", "2"]])] },
        { heading: "指标进展", blocks: [P("纳入监测的量化指标2项。"), list(true, [`新建公办幼儿园（目标4所，当前2所）。${para}`, "校园安全隐患排查（目标4次，当前1次）。"])] },
        { heading: "亮点工作", blocks: [heading(2, "学前教育扩容提质"), heading(3, "新园建设"), P({ text: "基础教育股：", bold: true }, para.repeat(6))] },
        { heading: "存在问题", blocks: [list(false, [para, para])] },
        { heading: "下步工作", blocks: [P(para.repeat(4))] },
      ],
    });
    const pdf = await docxToPdf(docx);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const dir = mkdtempSync(path.join(os.tmpdir(), "duban-render-"));
    try {
      writeFileSync(path.join(dir, "b.pdf"), pdf);
      execFileSync(pdftoppm!, ["-r", "60", path.join(dir, "b.pdf"), path.join(dir, "p")]);
      const pages = execFileSync("ls", [dir]).toString().split("\n").filter((f) => /^p-\d+\.ppm$/.test(f)).sort();
      expect(pages.length).toBeGreaterThanOrEqual(2);
      const { w, h, rgb } = readPpm(readFileSync(path.join(dir, pages[0])));
      let dark = 0, redTop = 0, redBelow = 0;
      for (let y = 0; y < h; y++) {
        for (let x = 0; x < w; x++) {
          const i = (y * w + x) * 3;
          const [r, g, b] = [rgb[i], rgb[i + 1], rgb[i + 2]];
          if (r < 100 && g < 100 && b < 100) dark++;
          if (r > 180 && g < 90 && b < 90) (y < h * 0.3 ? redTop++ : redBelow++);
        }
      }
      expect(dark).toBeGreaterThan(w * h * 0.01); // the body is there
      expect(redTop).toBeGreaterThan(500); // 版头 and the red line
      expect(redBelow).toBe(0);
      if (process.env.UPDATE_SCREENSHOTS) {
        execFileSync(pdftoppm!, ["-r", "80", "-png", "-f", "1", "-l", "2", path.join(dir, "b.pdf"), path.join(dir, "shot")]);
        const out = path.resolve(import.meta.dirname, "../../docs/screenshots");
        for (const n of [1, 2]) copyFileSync(path.join(dir, `shot-${n}.png`), path.join(out, `bulletin-page${n}.png`));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
