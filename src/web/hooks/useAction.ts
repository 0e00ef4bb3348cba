// One user action at a time (save, submit, step …): busy while it runs, a success toast when it
// ends well, the error toast when it fails. A call while another runs is ignored (a double click
// must not send twice); the runner's own flag answers at once, before React re-renders the
// loading button.
import { useState } from "react";
import { notifyError, notifySuccess } from "../lib/notify.js";

export interface ActionOptions<T, Label extends string> {
  /** Which action runs, for screens whose buttons show each their own loading state. */
  label?: Label;
  /** The toast when the work ends well. */
  success?: string | ((result: T) => string);
  /** Instead of the error toast (the caller may still call notifyError itself). */
  onError?: (error: unknown) => void;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false };

export type RunAction<Label extends string> = <T>(work: () => Promise<T>, options?: ActionOptions<T, Label>) => Promise<Outcome<T>>;

/** The runner without React: `onRunning` hears `{ label }` when the work starts and null when it ends. */
export function createActionRunner<Label extends string>(onRunning: (running: { label: Label | null } | null) => void): RunAction<Label> {
  let inFlight = false;
  return async (work, options = {}) => {
    if (inFlight) return { ok: false };
    inFlight = true;
    onRunning({ label: options.label ?? null });
    try {
      const value = await work();
      const { success } = options;
      if (success !== undefined) notifySuccess(typeof success === "function" ? success(value) : success);
      return { ok: true, value };
    } catch (error) {
      (options.onError ?? notifyError)(error);
      return { ok: false };
    } finally {
      inFlight = false;
      onRunning(null);
    }
  };
}

export function useAction<Label extends string = never>() {
  const [running, setRunning] = useState<{ label: Label | null } | null>(null);
  const [run] = useState(() => createActionRunner<Label>(setRunning));
  return { busy: running !== null, running: running?.label ?? null, run };
}
