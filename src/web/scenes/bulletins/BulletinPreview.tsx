// The bulletin as it will print: red 版头, 期号 line over a red rule, title, numbered sections.
import type { BulletinDetail } from "../../api/bulletins.js";
import type { BulletinSection } from "../../../shared/bulletins.js";

const CN = "一二三四五六七八九十";
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
          {s.heading ? <p style={{ textIndent: "2em", margin: 0, fontFamily: "'黑体', SimHei, sans-serif" }}>{`${CN[i] ?? i + 1}、${s.heading}`}</p> : null}
          {s.text.split(/\n+/).filter((l) => l.trim()).map((line, j) => (
            <p key={j} style={{ textIndent: "2em", margin: 0, fontFamily: /^（[一二三四五六七八九十]+）/.test(line) ? "'楷体_GB2312', KaiTi, serif" : FANGSONG }}>{line}</p>
          ))}
        </div>
      ))}
      <div style={{ borderTop: "1px solid #000", borderBottom: "1px solid #000", marginTop: 32, padding: "4px 1em", fontSize: 14 }}>发：{b.distribution}</div>
    </div>
  );
}
