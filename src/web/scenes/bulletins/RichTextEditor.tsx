// A small rich-text editor for one section of a bulletin: a contentEditable area and a toolbar
// (正文, 二级标题（一）, 三级标题 1., 加粗, 编号列表, 项目符号, 插入表格, 表格加一行). The browser's editing
// commands do the typing; every change is read back into blocks (richText.ts) and only blocks are kept.
// Pasting inserts plain text. Heading numbers are CSS counters: the export numbers them the same way.
import { BoldOutlined, OrderedListOutlined, TableOutlined, UnorderedListOutlined, InsertRowBelowOutlined } from "@ant-design/icons";
import { Button, Space, Tooltip } from "antd";
import { useLayoutEffect, useRef, type ReactNode } from "react";
import type { Block } from "../../../shared/bulletin-blocks.js";
import { blocksToHtml, domToBlocks } from "./richText.js";

const STYLE_ID = "bulletin-rte-style";
const CSS = `
.bulletin-rte { counter-reset: h2 h3; min-height: 96px; padding: 8px 12px; border: 1px solid #d9d9d9; border-radius: 6px; outline: none;
  font-family: '仿宋_GB2312', FangSong, STFangsong, serif; font-size: 16px; line-height: 1.8; background: #fff; }
.bulletin-rte:focus { border-color: #4096ff; box-shadow: 0 0 0 2px rgba(5,145,255,.1); }
.bulletin-rte p { margin: 0; text-indent: 2em; }
.bulletin-rte h3 { counter-increment: h2; counter-reset: h3; margin: 0; text-indent: 2em; font: inherit; font-family: '楷体_GB2312', KaiTi, STKaiti, serif; font-weight: normal; }
.bulletin-rte h3::before { content: "（" counter(h2, simp-chinese-informal) "）"; }
.bulletin-rte h4 { counter-increment: h3; margin: 0; text-indent: 2em; font: inherit; font-weight: bold; }
.bulletin-rte h4::before { content: counter(h3) ". "; }
.bulletin-rte ol, .bulletin-rte ul { margin: 0; padding-left: 3em; }
.bulletin-rte table { border-collapse: collapse; margin: 4px 0; width: 100%; }
.bulletin-rte td { border: 1px solid #999; padding: 2px 6px; text-align: center; font-size: 14px; min-width: 4em; }
.bulletin-rte tr:first-child td { font-weight: bold; }
`;

function ensureStyle() {
  if (document.getElementById(STYLE_ID)) return;
  const el = document.createElement("style");
  el.id = STYLE_ID;
  el.textContent = CSS;
  document.head.appendChild(el);
}

const EMPTY_TABLE = "<table><tbody><tr><td>单位</td><td>情况</td></tr><tr><td><br></td><td><br></td></tr></tbody></table><p><br></p>";

export function RichTextEditor({ label, initial, onChange }: { label: string; initial: Block[]; onChange: (blocks: Block[]) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    ensureStyle();
    if (ref.current) ref.current.innerHTML = blocksToHtml(initial);
    // The editor is uncontrolled after it is filled: it remounts when the saved bulletin changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const changed = () => {
    if (ref.current) onChange(domToBlocks(ref.current));
  };
  const command = (name: string, value?: string) => {
    ref.current?.focus();
    document.execCommand("styleWithCSS", false, "false");
    document.execCommand("defaultParagraphSeparator", false, "p");
    document.execCommand(name, false, value);
    changed();
  };
  const inEditor = (): Node | null => {
    const node = window.getSelection()?.anchorNode ?? null;
    return node && ref.current?.contains(node) ? node : null;
  };
  const addRow = () => {
    const node = inEditor();
    const el = node instanceof Element ? node : node?.parentElement;
    const tr = el?.closest("tr");
    if (!tr || !ref.current?.contains(tr)) return;
    const row = document.createElement("tr");
    for (let i = 0; i < tr.children.length; i++) row.appendChild(document.createElement("td")).appendChild(document.createElement("br"));
    tr.after(row);
    changed();
  };
  const button = (title: string, icon: ReactNode, onPress: () => void) => (
    <Tooltip title={title} key={title}>
      {/* mousedown keeps the selection in the editor */}
      <Button size="small" aria-label={title} icon={typeof icon === "string" ? undefined : icon} onMouseDown={(e) => { e.preventDefault(); onPress(); }}>
        {typeof icon === "string" ? icon : null}
      </Button>
    </Tooltip>
  );

  return (
    <div>
      <Space size={4} wrap style={{ marginBottom: 6 }} role="toolbar" aria-label={`${label}格式`}>
        {button("正文", "正文", () => command("formatBlock", "p"))}
        {button("二级标题（一）", "（一）", () => command("formatBlock", "h3"))}
        {button("三级标题 1.", "1.", () => command("formatBlock", "h4"))}
        {button("加粗", <BoldOutlined />, () => command("bold"))}
        {button("编号列表", <OrderedListOutlined />, () => command("insertOrderedList"))}
        {button("项目符号列表", <UnorderedListOutlined />, () => command("insertUnorderedList"))}
        {button("插入表格", <TableOutlined />, () => command("insertHTML", EMPTY_TABLE))}
        {button("表格加一行", <InsertRowBelowOutlined />, addRow)}
      </Space>
      <div
        ref={ref}
        className="bulletin-rte"
        contentEditable
        suppressContentEditableWarning
        role="textbox"
        aria-multiline="true"
        aria-label={label}
        onInput={changed}
        onBlur={changed}
        onPaste={(e) => {
          e.preventDefault();
          document.execCommand("insertText", false, e.clipboardData.getData("text/plain"));
          changed();
        }}
        onDrop={(e) => e.preventDefault()}
      />
    </div>
  );
}
