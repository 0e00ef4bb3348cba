// The task editor's form state: the user's draft against the version it was loaded from, saving it,
// and a stale save (409) → reload the latest version and re-apply the user's changed fields to it.
import { useMutation } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState } from "react";
import { ApiError, api } from "../../../api/client.js";
import type { Id, Task, TaskValue } from "../../../api/types.js";
import { TASK_FIELD_LABELS } from "../../../lib/labels.js";
import { notifySuccess } from "../../../lib/notify.js";
import { changedFields, patchOf, valueOfTask, withUnitMapped } from "./taskValue.js";
import { useLeaveGuard } from "./useLeaveGuard.js";

export type TaskDraft = ReturnType<typeof useTaskDraft>;

interface Conflict {
  message: string;
  reloaded?: { mine: string[]; theirs: string[] };
}

export function useTaskDraft({ task, readOnly, onSaved, onDirtyChange, onUnitMapped }: {
  task: Task;
  readOnly?: boolean;
  onSaved?: (task: Task) => void;
  onDirtyChange?: (dirty: boolean) => void;
  onUnitMapped?: () => void;
}) {
  const [base, setBase] = useState<TaskValue>(() => valueOfTask(task));
  const [baseVersion, setBaseVersion] = useState(task.version);
  const [draft, setDraft] = useState<TaskValue>(base);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const dirty = useMemo(() => changedFields(base, draft).length > 0, [base, draft]);
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;

  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);
  useLeaveGuard(dirty && !readOnly);

  // A newer copy from the server (after a refetch) replaces an unchanged draft.
  useEffect(() => {
    if (dirtyRef.current) return;
    const fresh = valueOfTask(task);
    setBase(fresh);
    setDraft(fresh);
    setBaseVersion(task.version);
  }, [task]);

  const set = <K extends keyof TaskValue>(field: K, value: TaskValue[K]) => setDraft((d) => ({ ...d, [field]: value }));
  const undo = () => setDraft(base);

  const save = useMutation({
    mutationFn: () => api.tasks.update(task.id, { ...patchOf(base, draft), version: baseVersion }),
    meta: { inlineError: true },
    onSuccess: (saved) => {
      const fresh = valueOfTask(saved);
      setBase(fresh);
      setDraft(fresh);
      setBaseVersion(saved.version);
      setConflict(null);
      notifySuccess("已保存");
      onSaved?.(saved);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409 && error.code !== "PLAN_ARCHIVED") setConflict({ message: error.message });
    },
  });

  const reload = useMutation({
    mutationFn: () => api.tasks.get(task.id),
    onSuccess: (latest) => {
      const fresh = valueOfTask(latest);
      const mine = changedFields(base, draft);
      const theirs = changedFields(base, fresh);
      const merged: TaskValue = { ...fresh };
      for (const field of mine) (merged as unknown as Record<string, unknown>)[field] = draft[field];
      setBase(fresh);
      setBaseVersion(latest.version);
      setDraft(merged);
      setConflict({ message: "", reloaded: { mine: mine.map((f) => TASK_FIELD_LABELS[f]), theirs: theirs.map((f) => TASK_FIELD_LABELS[f]) } });
      save.reset();
    },
  });

  const mapped = (name: string, unitId: Id) => {
    setBase((b) => withUnitMapped(b, name, unitId));
    setDraft((d) => withUnitMapped(d, name, unitId));
    onUnitMapped?.();
  };

  return { draft, dirty, set, undo, save, reload, conflict, dismissConflict: () => setConflict(null), mapped };
}
