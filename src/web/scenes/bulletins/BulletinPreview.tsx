// The bulletin as it will print: red 版头, 期号 line over a red rule, title, numbered sections and their
// blocks (（一） 楷体, 1. bold, bold runs, lists, tables).
import type { BulletinDetail } from "../../api/bulletins.js";
import type { BulletinSection } from "../../../shared/bulletins.js";
import { cnNumber, headingNumbers, type Block, type Run } from "../../../shared/bulletin-blocks.js";

const FANGSONG = "'仿宋_GB2312', FangSong, 'STFangsong', serif";

export function BulletinPreview({ b, sections, title, issuer, orgEditor }: { b: BulletinDetail; sections: BulletinSection[]; title: string; issuer: string; orgEditor: string }) {
  return (
    <div data-testid="bulletin-preview" style={{ maxWidth: 680, margin: "0 auto", padding: "40px 48px", background: "#fff", boxShadow: "0 0 6px rgba(0,0,0,.15)", fontFamily: FANGSONG, fontSize: 16, lineHeight: 1.8 }}>
      <div style={{ color: "#e00", fontSize: 36, textAlign: "center", fontFamily: "'方正小标宋简体', 'SimSun', serif", letterSpacing: 2 }}>{issuer}</div>
      <div style={{ textAlign: "center", marginTop: 8 }}>{b.issue}</div>
      <div style={{ display: "flex", justifyContent: "space-between", borderBottom: "2px solid #e00", paddingBottom: 4 }}>
        <span>{orgEditor}</span>
        <span>{(b.publishedAt ?? b.approvedAt ?? new Date().toISOString()).slice(0, 10)}</span>
      </div>
      <h2 style={{ textAlign: "center", fontFamily: "'方正小标宋简体', 'SimSun', serif", fontWeight: "normal", fontSize: 24, margin: "24px 0" }}>{title}</h2>
      {sections.map((s, i) => (
        <div key={i}>
          {s.heading ? <p style={{ textIndent: "2em", margin: 0, fontFamily: "'黑体', SimHei, sans-serif" }}>{`${cnNumber(i + 1)}、${s.heading}`}</p> : null}
          <Blocks blocks={s.blocks} />
        </div>
      ))}
      <div style={{ borderTop: "1px solid #000", borderBottom: "1px solid #000", marginTop: 32, padding: "4px 1em", fontSize: 14 }}>发：{b.distribution}</div>
    </div>
  );
}

const KAITI = "'楷体_GB2312', KaiTi, STKaiti, serif";
const runs = (rs: Run[]) => rs.map((r, k) => (r.bold ? <b key={k}>{r.text}</b> : <span key={k}>{r.text}</span>));

function Blocks({ blocks }: { blocks: Block[] }) {
  const numbers = headingNumbers(blocks);
  return blocks.map((b, j) => {
    if (b.type === "heading") return <p key={j} style={{ textIndent: "2em", margin: 0, fontFamily: b.level === 2 ? KAITI : FANGSONG, fontWeight: b.level === 3 ? "bold" : undefined }}>{numbers[j]}{runs(b.runs)}</p>;
    if (b.type === "paragraph") return <p key={j} style={{ textIndent: "2em", margin: 0 }}>{runs(b.runs)}</p>;
    if (b.type === "list") {
      const items = b.items.map((it, k) => <li key={k}>{runs(it)}</li>);
      return b.ordered ? <ol key={j} style={{ margin: 0, paddingLeft: "3em" }}>{items}</ol> : <ul key={j} style={{ margin: 0, paddingLeft: "3em" }}>{items}</ul>;
    }
    return (
      <table key={j} style={{ borderCollapse: "collapse", width: "100%", margin: "4px 0", fontSize: 14 }}>
        <tbody>{b.rows.map((r, k) => <tr key={k}>{r.map((c, m) => <td key={m} style={{ border: "1px solid #000", padding: "2px 6px", textAlign: "center", fontWeight: k === 0 ? "bold" : undefined }}>{c}</td>)}</tr>)}</tbody>
      </table>
    );
  });
}
