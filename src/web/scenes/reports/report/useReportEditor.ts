// The report page's state and its calls to the server: the form against the version it was
// loaded from, the local draft offered back, save / submit / 审定 / 退回, and a stale save (409)
// that keeps the typed text and can reload the server's version to compare.
import { useQueryClient } from "@tanstack/react-query";
import { App } from "antd";
import { useCallback, useMemo, useState } from "react";
import { ApiError } from "../../../api/client.js";
import { reportsApi } from "../../../api/rounds.js";
import type { ReportDetail } from "../../../api/roundTypes.js";
import { useAction } from "../../../hooks/useAction.js";
import { notifyError } from "../../../lib/notify.js";
import { clearDrafts, readLatestDraft, usePersistDraft, useUnsavedPrompt, type StoredDraft } from "../localDraft.js";
import { formOf, payloadOf, restoreOnto, sameForm, type FormState, type SetField } from "./reportForm.js";

export type Busy = null | "save" | "submit" | "reload" | "decide";

export function useReportEditor(initial: ReportDetail) {
  const { modal } = App.useApp();
  const queryClient = useQueryClient();
  const [server, setServer] = useState(initial);
  const [form, setForm] = useState<FormState>(() => formOf(initial));
  const { running: busy, run } = useAction<NonNullable<Busy>>();
  const [conflict, setConflict] = useState<string | null>(null);
  const [theirs, setTheirs] = useState<ReportDetail | null>(null);
  const [decision, setDecision] = useState<null | "approve" | "return">(null);
  const [offered, setOffered] = useState<StoredDraft<Partial<FormState>> | null>(() => {
    const draft = readLatestDraft<Partial<FormState>>("report", initial.id);
    if (!draft) return null;
    return sameForm(restoreOnto(formOf(initial), draft.value), formOf(initial)) ? null : draft;
  });

  const id = server.id;
  const baseline = useMemo(() => formOf(server), [server]);
  const dirty = !sameForm(form, baseline);
  const writable = server.can.write;
  usePersistDraft("report", id, server.version, form, dirty && writable);
  useUnsavedPrompt(
    dirty && writable,
    useCallback(
      (proceed, stay) =>
        modal.confirm({
          title: "有未保存的修改",
          content: "离开后本页填写的内容仍保存在本机，下次打开可以恢复。确定离开吗？",
          okText: "离开",
          cancelText: "留在本页",
          onOk: proceed,
          onCancel: stay,
        }),
      [modal],
    ),
  );

  const set: SetField = (key, value) => setForm((f) => ({ ...f, [key]: value }));

  const accept = (next: ReportDetail, sent: FormState | null) => {
    setServer(next);
    queryClient.setQueryData(["report", next.id], next);
    void queryClient.invalidateQueries({ queryKey: ["todos"] });
    void queryClient.invalidateQueries({ queryKey: ["round-reports", next.roundId] });
    // Replace the form only if nothing was typed while the request was on its way.
    setForm((current) => (sent === null || sameForm(current, sent) ? formOf(next) : current));
  };

  const failed = (error: unknown) => {
    if (error instanceof ApiError && error.code === "VERSION_CONFLICT") {
      setConflict(error.message);
      return;
    }
    notifyError(error);
  };

  const save = async (): Promise<ReportDetail | null> => {
    const sent = form;
    const saved = await reportsApi.save(id, payloadOf(sent, server.version));
    clearDrafts("report", id);
    accept(saved, sent);
    return saved;
  };

  const onSave = () => run(save, { label: "save", success: "已保存", onError: failed });

  const onSubmit = () =>
    run(async () => {
      let version = server.version;
      if (dirty) version = (await save())!.version;
      const submitted = await reportsApi.submit(id, version);
      clearDrafts("report", id);
      accept(submitted, null);
    }, { label: "submit", success: server.role === "co" ? "已提交，报送牵头单位汇总" : "已提交，等待责任领导审定", onError: failed });

  /** After a conflict: the latest report from the server; what was typed stays in the form. */
  const onReload = () =>
    run(async () => {
      const fresh = await reportsApi.get(id);
      setServer(fresh);
      queryClient.setQueryData(["report", id], fresh);
      setTheirs(fresh);
      setConflict(null);
    }, { label: "reload" });

  const decide = (kind: "approve" | "return", comment: string) =>
    run(async () => {
      const next = kind === "approve" ? await reportsApi.approve(id, server.version, comment.trim() || undefined) : await reportsApi.returnTo(id, server.version, comment.trim());
      accept(next, null);
      setDecision(null);
    }, { label: "decide", success: kind === "approve" ? "已审定" : "已退回", onError: failed });

  const restoreOffered = () => {
    if (!offered) return;
    setForm(restoreOnto(baseline, offered.value));
    setOffered(null);
  };
  const takeTheirs = () => {
    if (theirs) setForm(formOf(theirs));
  };
  const discardOffered = () => {
    clearDrafts("report", id);
    setOffered(null);
  };

  return {
    server,
    setServer,
    form,
    setForm,
    set,
    busy,
    dirty,
    writable,
    conflict,
    theirs,
    setTheirs,
    takeTheirs,
    offered,
    restoreOffered,
    discardOffered,
    decision,
    setDecision,
    onSave,
    onSubmit,
    onReload,
    decide,
  };
}

export type ReportEditorState = ReturnType<typeof useReportEditor>;
