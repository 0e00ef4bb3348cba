// The plan's source text with the selected task's span lightly marked and the selected field's
// span strongly marked and scrolled into view.
import { useLayoutEffect, useMemo, useRef } from "react";
import type { Span } from "../../../api/types.js";

interface Segment {
  start: number;
  end: number;
  kind: "plain" | "task" | "field";
}

function clamp(span: Span | null | undefined, length: number): Span | null {
  if (!span) return null;
  const start = Math.max(0, Math.min(length, span[0]));
  const end = Math.max(start, Math.min(length, span[1]));
  return end > start ? [start, end] : null;
}

function segmentsOf(length: number, task: Span | null, field: Span | null): Segment[] {
  const cuts = new Set([0, length, ...(task ?? []), ...(field ?? [])]);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const inside = (span: Span | null) => !!span && start >= span[0] && end <= span[1];
    segments.push({ start, end, kind: inside(field) ? "field" : inside(task) ? "task" : "plain" });
  }
  return segments;
}

export function SourcePane({ text, taskSpan, fieldSpan }: { text: string; taskSpan: Span | null; fieldSpan: Span | null }) {
  const paneRef = useRef<HTMLDivElement>(null);
  const targetRef = useRef<HTMLElement | null>(null);
  const task = clamp(taskSpan, text.length);
  const field = clamp(fieldSpan, text.length);
  const segments = useMemo(() => segmentsOf(text.length, task, field), [text, task?.[0], task?.[1], field?.[0], field?.[1]]);
  const scrollTo: Segment["kind"] = field ? "field" : "task";
  const targetStart = segments.find((segment) => segment.kind === scrollTo)?.start;

  useLayoutEffect(() => {
    const pane = paneRef.current;
    const target = targetRef.current;
    if (!pane || !target) return;
    const paneBox = pane.getBoundingClientRect();
    const box = target.getBoundingClientRect();
    const visible = box.top >= paneBox.top + 8 && box.bottom <= paneBox.bottom - 8;
    if (!visible) pane.scrollTop += box.top - paneBox.top - pane.clientHeight / 3;
  }, [task?.[0], task?.[1], field?.[0], field?.[1]]);

  return (
    <div
      ref={paneRef}
      data-testid="source-text"
      style={{
        flex: 1,
        minHeight: 0,
        overflowY: "auto",
        whiteSpace: "pre-wrap",
        wordBreak: "break-all",
        fontFamily: '"Noto Sans Mono CJK SC", "Sarasa Mono SC", "SimSun", "NSimSun", ui-monospace, monospace',
        fontSize: 13,
        lineHeight: 1.7,
        padding: "8px 12px",
        background: "#fcfcfc",
      }}
    >
      {text ? (
        segments.map((segment) => {
          const content = text.slice(segment.start, segment.end);
          if (segment.kind === "plain") return <span key={segment.start}>{content}</span>;
          const isTarget = segment.start === targetStart;
          return (
            <mark
              key={segment.start}
              data-highlight={segment.kind}
              ref={isTarget ? (node) => { targetRef.current = node; } : undefined}
              style={
                segment.kind === "field"
                  ? { background: "#ffd591", outline: "1px solid #fa8c16", padding: 0, borderRadius: 2 }
                  : { background: "#fffbe6", padding: 0 }
              }
            >
              {content}
            </mark>
          );
        })
      ) : (
        <span style={{ color: "#8c8c8c" }}>该方案没有原文（新建的空白方案），请在右侧逐项录入任务。</span>
      )}
    </div>
  );
}
