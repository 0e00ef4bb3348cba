// One bulletin: the office edits it section by section (heading + rich text, RichTextEditor.tsx), previews it as printed,
// a leader or the director approves it, the office publishes it; DOCX / PDF downloads.
import { DeleteOutlined, DownloadOutlined, PlusOutlined } from "@ant-design/icons";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Form, Input, Result, Space, Spin, Tabs } from "antd";
import { useEffect, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { bulletinsApi, type BulletinDetail } from "../../api/bulletins.js";
import { useSignedInSession } from "../../hooks/session.js";
import { useAction } from "../../hooks/useAction.js";
import { errorMessage, notifyError } from "../../lib/notify.js";
import type { BulletinSection } from "../../../shared/bulletins.js";
import { cleanBlocks } from "../../../shared/bulletin-blocks.js";
import { RichTextEditor } from "./RichTextEditor.js";
import { BulletinStateTag } from "./bulletinLabels.js";
import { BulletinPreview } from "./BulletinPreview.js";
import { BackLink } from "../../components/BackLink.js";

/** Sections compared by what would be stored (the editor's DOM may read back with other spacing). */
const same = (xs: BulletinSection[]) => JSON.stringify(xs.map((x) => ({ heading: x.heading.trim(), blocks: cleanBlocks(x.blocks) })));

export default function BulletinPage() {
  const id = Number(useParams().bulletinId);
  const q = useQuery({ queryKey: ["bulletin", id], queryFn: () => bulletinsApi.get(id), meta: { inlineError: true }, staleTime: 0 });
  if (q.isError) return <Result status="404" title="无法打开该通报" subTitle={errorMessage(q.error)} extra={<Link to="/bulletins">返回通报</Link>} />;
  if (!q.data) return <Spin style={{ display: "block", marginTop: 80 }} />;
  return <BulletinView key={q.data.version} b={q.data} />;
}

function BulletinView({ b }: { b: BulletinDetail }) {
  const queryClient = useQueryClient();
  const { modal } = App.useApp();
  const session = useSignedInSession();
  const [title, setTitle] = useState(b.title);
  const [issuer, setIssuer] = useState(b.issuer);
  const [distribution, setDistribution] = useState(b.distribution);
  const [sections, setSections] = useState<BulletinSection[]>(b.sections);
  const { busy, run: runAction } = useAction();
  const dirty = title !== b.title || issuer !== b.issuer || distribution !== b.distribution || same(sections) !== same(b.sections);
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const run = (work: () => Promise<BulletinDetail>, done: string) =>
    runAction(async () => {
      queryClient.setQueryData(["bulletin", b.id], await work());
      void queryClient.invalidateQueries({ queryKey: ["bulletins"] });
    }, {
      success: done,
      onError: (e) => {
        notifyError(e);
        if ((e as { status?: number }).status === 409) void queryClient.invalidateQueries({ queryKey: ["bulletin", b.id] });
      },
    });
  const save = () => run(() => bulletinsApi.save(b.id, { version: b.version, title, issuer, distribution, sections }), "已保存");
  const step = (s: "approve" | "publish") =>
    modal.confirm({
      title: s === "approve" ? "审定该通报？" : "印发该通报？",
      content: s === "approve" ? "审定后内容不能再修改，由办公室印发。" : "印发后各单位可在系统中查看，并收到通知。",
      okText: s === "approve" ? "审定" : "印发",
      cancelText: "取消",
      onOk: () => run(() => bulletinsApi.step(b.id, s, b.version), s === "approve" ? "已审定" : "已印发"),
    });
  const setSection = (i: number, patch: Partial<BulletinSection>) => setSections((xs) => xs.map((x, j) => (j === i ? { ...x, ...patch } : x)));

  const editor = (
    <Form layout="vertical">
      <Space wrap style={{ width: "100%" }} align="start">
        <Form.Item label="版头（发文机关标志）" style={{ minWidth: 320 }}><Input aria-label="版头" value={issuer} maxLength={60} onChange={(e) => setIssuer(e.target.value)} /></Form.Item>
        <Form.Item label="发送范围" style={{ minWidth: 320 }}><Input aria-label="发送范围" value={distribution} maxLength={500} onChange={(e) => setDistribution(e.target.value)} /></Form.Item>
      </Space>
      <Form.Item label="标题"><Input aria-label="标题" value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} /></Form.Item>
      {sections.map((s, i) => (
        <Card key={i} size="small" style={{ marginBottom: 12 }} title={<Input aria-label={`第${i + 1}部分标题`} variant="borderless" value={s.heading} onChange={(e) => setSection(i, { heading: e.target.value })} style={{ fontWeight: 600 }} />}
          extra={<Button type="text" danger icon={<DeleteOutlined />} aria-label={`删除第${i + 1}部分`} onClick={() => setSections((xs) => xs.filter((_, j) => j !== i))} />}>
          <RichTextEditor label={`${s.heading || `第${i + 1}部分`}正文`} initial={s.blocks} onChange={(blocks) => setSection(i, { blocks })} />
        </Card>
      ))}
      <Button icon={<PlusOutlined />} onClick={() => setSections((xs) => [...xs, { heading: "", blocks: [] }])}>添加一部分</Button>
      <div style={{ color: "rgba(0,0,0,.45)", marginTop: 8 }}>各部分标题自动编号“一、二、”（黑体）；正文中的二级标题“（一）”（楷体）、三级标题“1.”（仿宋加粗）按顺序自动编号。粘贴时只保留文字。</div>
    </Form>
  );
  const preview = <BulletinPreview b={b} sections={sections} title={title} issuer={issuer} orgEditor={`${session.user.orgName}办公室`} />;

  return (
    <Card
      variant="borderless"
      title={
        <Space wrap>
          <BackLink to="/bulletins" label="返回通报" />
          <span>{b.number}</span>
          <BulletinStateTag state={b.state} />
        </Space>
      }
      extra={
        <Space wrap>
          {b.can.edit ? <Button type="primary" loading={busy} disabled={!dirty} onClick={() => void save()}>保存</Button> : null}
          {b.can.approve ? <Button type="primary" loading={busy} onClick={step.bind(null, "approve")}>审定</Button> : null}
          {b.can.publish ? <Button type="primary" loading={busy} onClick={step.bind(null, "publish")}>印发</Button> : null}
          <Button icon={<DownloadOutlined />} href={bulletinsApi.docxUrl(b.id)} download disabled={dirty}>下载 Word</Button>
          <Button icon={<DownloadOutlined />} href={bulletinsApi.pdfUrl(b.id)} download disabled={dirty}>下载 PDF</Button>
        </Space>
      }
    >
      {b.can.edit ? <Tabs items={[{ key: "edit", label: "编辑", children: editor }, { key: "preview", label: "预览", children: preview }]} /> : preview}
    </Card>
  );
}
