"use client";
// Follow-up of the last evaluation's recommendations: a TanStack Query list that changes at
// once on add, save and delete (optimistically) and goes back if the server refuses.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { createTask, deleteTask, updateTask, type TaskState } from "@/lib/actions/readiness-tasks";
import type { ActionResult } from "@/lib/actions/result";
import type { WorkspaceIndicator, WorkspaceTask, WorkspaceView } from "@/lib/queries/readiness";
import { TASK_STATUS_LABEL } from "./status-labels";

type Draft = Omit<WorkspaceTask, "id" | "version">;
const EMPTY: Draft = { recommendation: "", ownerId: null, dueDate: null, status: "belum", indicatorIds: [] };

/** A refused action as an error the list can show: the first field message, else the whole. */
function failure(result: Extract<ActionResult<unknown>, { ok: false }>) {
  return Object.assign(new Error(Object.values(result.fieldErrors ?? {})[0]?.[0] ?? result.error), { conflict: result.conflict as TaskState | undefined });
}

type Props = { view: WorkspaceView; indicators: WorkspaceIndicator[] };

export function TaskList({ view, indicators }: Props) {
  const client = useQueryClient();
  const key = ["readiness-tasks", view.workspace!.id];
  const { data: tasks } = useQuery({ queryKey: key, queryFn: () => view.tasks, initialData: view.tasks, staleTime: Infinity });
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const set = (change: (rows: WorkspaceTask[]) => WorkspaceTask[]) => client.setQueryData<WorkspaceTask[]>(key, (rows) => change(rows ?? []));
  const optimistic = async (change: (rows: WorkspaceTask[]) => WorkspaceTask[]) => {
    await client.cancelQueries({ queryKey: key });
    const previous = client.getQueryData<WorkspaceTask[]>(key);
    set(change);
    setError(null);
    return { previous };
  };
  const rollback = (e: Error & { conflict?: TaskState }, _input: unknown, context?: { previous?: WorkspaceTask[] }) => {
    if (context?.previous) client.setQueryData(key, context.previous);
    if (e.conflict) set((rows) => rows.map((r) => (r.id === e.conflict!.id ? e.conflict! : r)));
    setError(e.message);
  };

  const create = useMutation({
    mutationFn: async (draft: Draft & { pendingId: string }) => {
      const result = await createTask({ workspaceId: view.workspace!.id, ...draft });
      if (!result.ok) throw failure(result);
      return result.data;
    },
    onMutate: (draft) => optimistic((rows) => [...rows, { ...draft, id: draft.pendingId, version: 0 }]),
    onError: rollback,
    onSuccess: (task, draft) => set((rows) => rows.map((r) => (r.id === draft.pendingId ? task : r))),
  });
  const save = useMutation({
    mutationFn: async (task: WorkspaceTask) => {
      const result = await updateTask(task);
      if (!result.ok) throw failure(result);
      return result.data;
    },
    onMutate: (task) => optimistic((rows) => rows.map((r) => (r.id === task.id ? task : r))),
    onError: rollback,
    onSuccess: (task) => set((rows) => rows.map((r) => (r.id === task.id ? task : r))),
  });
  const remove = useMutation({
    mutationFn: async (task: WorkspaceTask) => {
      const result = await deleteTask({ id: task.id, version: task.version });
      if (!result.ok) throw failure(result);
    },
    onMutate: (task) => optimistic((rows) => rows.filter((r) => r.id !== task.id)),
    onError: rollback,
  });

  const owners = new Map(view.staff.map((s) => [s.id, s.name]));
  const titles = new Map(indicators.map((i) => [i.id, i.title]));
  return (
    <section aria-labelledby="tasks" className="space-y-3 rounded border border-slate-200 bg-white p-4">
      <h2 id="tasks" className="text-lg font-semibold">
        Tindak lanjut rekomendasi ({tasks.length})
      </h2>
      {tasks.length === 0 && <p className="text-sm text-slate-600">Belum ada rekomendasi yang dicatat.</p>}
      <ul className="space-y-3">
        {tasks.map((task) => (
          <li key={task.id} data-task={task.id} className="space-y-1 border-b border-slate-200 pb-2 text-sm">
            {editing === task.id ? (
              <TaskForm
                initial={task}
                view={view}
                indicators={indicators}
                submit="Simpan tugas"
                onCancel={() => setEditing(null)}
                onSubmit={(draft) => {
                  setEditing(null);
                  save.mutate({ ...task, ...draft });
                }}
              />
            ) : (
              <>
                <p className="font-medium">{task.recommendation}</p>
                <p className="text-slate-700">
                  Status: {TASK_STATUS_LABEL[task.status]} · Penanggung jawab: {task.ownerId ? (owners.get(task.ownerId) ?? "—") : "(belum ada)"} · Tenggat: {task.dueDate ?? "—"}
                </p>
                {/* An own indicator deleted meanwhile leaves the task (the database drops the link). */}
                {task.indicatorIds.some((id) => titles.has(id)) && (
                  <p className="text-slate-700">Indikator: {task.indicatorIds.flatMap((id) => titles.get(id) ?? []).join("; ")}</p>
                )}
                {view.canEdit && task.version > 0 && (
                  <p className="flex gap-3">
                    <button type="button" onClick={() => setEditing(task.id)} className="text-blue-800 underline">
                      Ubah<span className="sr-only"> tugas {task.recommendation}</span>
                    </button>
                    <button type="button" onClick={() => remove.mutate(task)} className="text-red-800 underline">
                      Hapus<span className="sr-only"> tugas {task.recommendation}</span>
                    </button>
                  </p>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
      <p role={error ? "alert" : undefined} className="text-sm text-red-800">
        {error}
      </p>
      {view.canEdit && (
        <details className="text-sm">
          <summary className="cursor-pointer font-medium">Tambah rekomendasi</summary>
          <TaskForm
            initial={EMPTY}
            view={view}
            indicators={indicators}
            submit="Tambah tugas"
            onSubmit={(draft) => create.mutate({ ...draft, pendingId: `pending-${Date.now()}` })}
          />
        </details>
      )}
    </section>
  );
}

type FormProps = { initial: Draft; view: WorkspaceView; indicators: WorkspaceIndicator[]; submit: string; onSubmit: (draft: Draft) => void; onCancel?: () => void };

function TaskForm({ initial, view, indicators, submit, onSubmit, onCancel }: FormProps) {
  const id = useId();
  const [draft, setDraft] = useState<Draft>(initial);
  const [missing, setMissing] = useState(false);
  const aspects = new Map(view.scheme.aspects.map((a) => [a.code, a.name]));
  const toggle = (indicatorId: string, on: boolean) =>
    setDraft({ ...draft, indicatorIds: on ? [...draft.indicatorIds, indicatorId] : draft.indicatorIds.filter((x) => x !== indicatorId) });
  return (
    <form
      className="mt-2 flex flex-wrap items-end gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (!draft.recommendation.trim()) return setMissing(true);
        setMissing(false);
        onSubmit({ ...draft, recommendation: draft.recommendation.trim() });
        if (!onCancel) setDraft(EMPTY);
      }}
    >
      <label className="flex w-full flex-col">
        Rekomendasi
        <textarea
          value={draft.recommendation}
          onChange={(e) => setDraft({ ...draft, recommendation: e.target.value })}
          rows={2}
          aria-invalid={missing}
          aria-describedby={`${id}-err`}
          className="rounded border border-slate-400 px-2 py-1"
        />
      </label>
      <p id={`${id}-err`} role={missing ? "alert" : undefined} className="w-full text-red-800">
        {missing ? "Tulis rekomendasinya." : null}
      </p>
      <label className="flex flex-col">
        Status tugas
        <select value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.target.value as Draft["status"] })} className="rounded border border-slate-400 px-2 py-1">
          {Object.entries(TASK_STATUS_LABEL).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col">
        Penanggung jawab tugas
        <select value={draft.ownerId ?? ""} onChange={(e) => setDraft({ ...draft, ownerId: e.target.value || null })} className="rounded border border-slate-400 px-2 py-1">
          <option value="">(belum ada)</option>
          {view.staff.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col">
        Tenggat tugas
        <input
          type="date"
          value={draft.dueDate ?? ""}
          onChange={(e) => setDraft({ ...draft, dueDate: e.target.value || null })}
          className="rounded border border-slate-400 px-2 py-1"
        />
      </label>
      <fieldset className="w-full">
        <legend>Indikator terkait ({draft.indicatorIds.length})</legend>
        <div className="max-h-48 overflow-y-auto rounded border border-slate-200 p-2">
          {indicators.map((i) => (
            <label key={i.id} className="flex items-start gap-2">
              <input type="checkbox" checked={draft.indicatorIds.includes(i.id)} onChange={(e) => toggle(i.id, e.target.checked)} className="mt-1" />
              <span>
                {i.title} <span className="text-slate-600">({aspects.get(i.aspectCode)})</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" className="rounded bg-blue-800 px-3 py-1 text-white">
        {submit}
      </button>
      {onCancel && (
        <button type="button" onClick={onCancel} className="rounded border border-slate-400 px-3 py-1">
          Batal
        </button>
      )}
    </form>
  );
}
