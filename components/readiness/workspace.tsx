"use client";
// The workspace: indicators per aspect, each with status, self-assessed score and evidence.
// The indicator list is a TanStack Query cache; a save updates it at once (optimistically)
// and the readiness figures are computed from it, so they move before the server answers.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import {
  addComment,
  addOwnIndicator,
  attachEvidenceFile,
  addEvidenceLink,
  removeEvidence,
  removeOwnIndicator,
  updateIndicator,
  type IndicatorState,
} from "@/lib/actions/readiness";
import { readiness, type ReadinessStatus } from "@/lib/merit";
import type { WorkspaceIndicator, WorkspaceView } from "@/lib/queries/readiness";
import { AspectTable } from "./aspect-table";
import { IndicatorFieldsForm } from "./indicator-fields-form";
import { ReadinessCharts } from "./readiness-charts";
import { ReadinessSummary } from "./readiness-summary";
import { STATUS_LABEL } from "./status-labels";
import { TaskList } from "./task-list";

export function Workspace({ view }: { view: WorkspaceView }) {
  const key = ["readiness", view.workspace!.id];
  const { data: indicators } = useQuery({ queryKey: key, queryFn: () => view.indicators, initialData: view.indicators, staleTime: Infinity });
  const figures = readiness(
    view.scheme,
    indicators.map((i) => ({ aspectCode: i.aspectCode, status: i.status, selfScore: i.selfScore, maxScore: i.maxScore })),
  );
  return (
    <div className="space-y-6">
      <ReadinessSummary figures={figures} scheme={view.scheme} year={view.year} trajectory={view.trajectory} />
      <ReadinessCharts figures={figures} scheme={view.scheme} year={view.year} trajectory={view.trajectory} />
      <AspectTable aspects={figures.aspects} />
      <TaskList view={view} indicators={indicators} />
      {view.scheme.aspects.map((aspect) => {
        const own = indicators.filter((i) => i.aspectCode === aspect.code);
        return (
          <section key={aspect.code} aria-labelledby={`aspect-${aspect.code}`} className="space-y-3">
            <h2 id={`aspect-${aspect.code}`} className="text-lg font-semibold">
              {aspect.name}
            </h2>
            {own.length === 0 && <p className="text-sm text-slate-600">Belum ada indikator.</p>}
            {own.map((indicator) => (
              <IndicatorCard key={indicator.id} indicator={indicator} queryKey={key} institutionId={view.institution.id} staff={view.staff} canEdit={view.canEdit} />
            ))}
            {view.canEdit && <AddOwnIndicator workspaceId={view.workspace!.id} aspectCode={aspect.code} aspectName={aspect.name} queryKey={key} />}
          </section>
        );
      })}
    </div>
  );
}

/** Staff add indicators of their own beside the template's; the list shows them once the server has them. */
function AddOwnIndicator({ workspaceId, aspectCode, aspectName, queryKey }: { workspaceId: string; aspectCode: string; aspectName: string; queryKey: string[] }) {
  const client = useQueryClient();
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-blue-800">
        Tambah indikator sendiri<span className="sr-only"> pada aspek {aspectName}</span>
      </summary>
      <IndicatorFieldsForm
        submit="Tambah indikator"
        onSubmit={async (fields) => {
          const result = await addOwnIndicator({ workspaceId, aspectCode, ...fields });
          if (!result.ok) return Object.values(result.fieldErrors ?? {})[0]?.[0] ?? result.error;
          const { evidence: _count, ...state } = result.data;
          client.setQueryData<WorkspaceIndicator[]>(queryKey, (rows) => [...(rows ?? []), { ...state, own: true, comments: [], evidence: [] }]);
          return null;
        }}
      />
    </details>
  );
}

type Draft = { status: ReadinessStatus; selfScore: string; ownerId: string; dueDate: string; notes: string };
type Saved = Pick<IndicatorState, "status" | "selfScore" | "ownerId" | "dueDate" | "notes">;

const draftOf = (i: Saved): Draft => ({
  status: i.status,
  selfScore: i.selfScore == null ? "" : String(i.selfScore),
  ownerId: i.ownerId ?? "",
  dueDate: i.dueDate ?? "",
  notes: i.notes ?? "",
});

/** `canEdit` false: a head or a reviewer, who reads the figures and comments (the server refuses anything else). */
type CardProps = { indicator: WorkspaceIndicator; queryKey: string[]; institutionId: string; staff: WorkspaceView["staff"]; canEdit: boolean };

function IndicatorCard({ indicator, queryKey, institutionId, staff, canEdit }: CardProps) {
  const client = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => draftOf(indicator));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const patch = (id: string, change: Partial<WorkspaceIndicator>) =>
    client.setQueryData<WorkspaceIndicator[]>(queryKey, (rows) => rows?.map((r) => (r.id === id ? { ...r, ...change } : r)));
  const fromServer = (state: IndicatorState) =>
    patch(state.id, { status: state.status, selfScore: state.selfScore, ownerId: state.ownerId, dueDate: state.dueDate, notes: state.notes, version: state.version });

  const save = useMutation({
    mutationFn: async (next: Saved) => {
      const result = await updateIndicator({ id: indicator.id, version: indicator.version, ...next });
      if (!result.ok) throw Object.assign(new Error(result.error), { conflict: result.conflict as IndicatorState | undefined });
      return result.data;
    },
    onMutate: async (next) => {
      await client.cancelQueries({ queryKey });
      const previous = client.getQueryData<WorkspaceIndicator[]>(queryKey);
      patch(indicator.id, next);
      return { previous };
    },
    onError: (error: Error & { conflict?: IndicatorState }, _next, context) => {
      if (context?.previous) client.setQueryData(queryKey, context.previous);
      if (error.conflict) {
        fromServer(error.conflict);
        setDraft(draftOf(error.conflict));
      }
      setMessage({ ok: false, text: error.message });
    },
    onSuccess: (state) => {
      fromServer(state);
      setMessage({ ok: true, text: "Indikator tersimpan." });
    },
  });

  const drop = useMutation({
    mutationFn: async () => {
      const result = await removeOwnIndicator({ id: indicator.id, version: indicator.version });
      if (!result.ok) throw new Error(result.error);
    },
    onMutate: async () => {
      await client.cancelQueries({ queryKey });
      const previous = client.getQueryData<WorkspaceIndicator[]>(queryKey);
      client.setQueryData<WorkspaceIndicator[]>(queryKey, (rows) => rows?.filter((r) => r.id !== indicator.id));
      return { previous };
    },
    onError: (error, _input, context) => {
      if (context?.previous) client.setQueryData(queryKey, context.previous);
      setMessage({ ok: false, text: error.message });
    },
  });

  const scoreText = draft.selfScore.trim().replace(",", ".");
  const id = `ind-${indicator.id}`;
  return (
    <article aria-labelledby={`${id}-title`} data-indicator={indicator.id} className="space-y-3 rounded border border-slate-200 bg-white p-3">
      <h3 id={`${id}-title`} className="font-medium">
        {indicator.title}
        {indicator.own && <span className="ml-2 rounded bg-slate-100 px-1 text-xs font-normal text-slate-700">indikator instansi</span>}
      </h3>
      {indicator.guidance && <p className="text-sm text-slate-600">{indicator.guidance}</p>}
      <form
        className="flex flex-wrap items-end gap-3 text-sm"
        onSubmit={(e) => {
          e.preventDefault();
          const selfScore = scoreText === "" ? null : Number(scoreText);
          if (selfScore != null && !Number.isFinite(selfScore)) return setMessage({ ok: false, text: "Nilai mandiri harus berupa angka." });
          setMessage(null);
          save.mutate({ status: draft.status, selfScore, ownerId: draft.ownerId || null, dueDate: draft.dueDate || null, notes: draft.notes.trim() || null });
        }}
      >
        <fieldset disabled={!canEdit} className="contents">
          <label className="flex flex-col">
            Status
            <select value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.target.value as ReadinessStatus })} className="rounded border border-slate-400 px-2 py-1">
              {Object.entries(STATUS_LABEL).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col">
            Nilai mandiri (0–{indicator.maxScore})
            <input
              inputMode="decimal"
              value={draft.selfScore}
              onChange={(e) => setDraft({ ...draft, selfScore: e.target.value })}
              aria-describedby={`${id}-msg`}
              className="w-24 rounded border border-slate-400 px-2 py-1"
            />
          </label>
          <label className="flex flex-col">
            Penanggung jawab
            <select value={draft.ownerId} onChange={(e) => setDraft({ ...draft, ownerId: e.target.value })} className="rounded border border-slate-400 px-2 py-1">
              <option value="">(belum ada)</option>
              {staff.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col">
            Tenggat
            <input type="date" value={draft.dueDate} onChange={(e) => setDraft({ ...draft, dueDate: e.target.value })} className="rounded border border-slate-400 px-2 py-1" />
          </label>
          <label className="flex w-full flex-col">
            Catatan
            <textarea value={draft.notes} onChange={(e) => setDraft({ ...draft, notes: e.target.value })} rows={2} className="rounded border border-slate-400 px-2 py-1" />
          </label>
          {canEdit && (
            <button type="submit" disabled={save.isPending} className="rounded bg-blue-800 px-3 py-1 text-white disabled:opacity-60">
              Simpan
            </button>
          )}
        </fieldset>
        <p id={`${id}-msg`} role={message ? (message.ok ? "status" : "alert") : undefined} className={message?.ok ? "text-green-800" : "text-red-800"}>
          {message?.text}
        </p>
      </form>
      {canEdit && indicator.own && (
        <button type="button" disabled={drop.isPending} onClick={() => drop.mutate()} className="text-sm text-red-800 underline">
          Hapus indikator<span className="sr-only"> {indicator.title}</span>
        </button>
      )}
      <EvidenceList indicator={indicator} institutionId={institutionId} onIndicator={fromServer} queryKey={queryKey} canEdit={canEdit} />
      <CommentThread indicator={indicator} queryKey={queryKey} />
    </article>
  );
}

type EvidenceProps = { indicator: WorkspaceIndicator; institutionId: string; onIndicator: (s: IndicatorState) => void; queryKey: string[]; canEdit: boolean };

function EvidenceList({ indicator, institutionId, onIndicator, queryKey, canEdit }: EvidenceProps) {
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [link, setLink] = useState({ title: "", url: "" });
  const setEvidence = (evidence: WorkspaceIndicator["evidence"]) =>
    client.setQueryData<WorkspaceIndicator[]>(queryKey, (rows) => rows?.map((r) => (r.id === indicator.id ? { ...r, evidence } : r)));
  const id = `ev-${indicator.id}`;

  async function upload(file: File) {
    setBusy(true);
    setError(null);
    try {
      const res = await fetch(`/api/admin/evidence-files?institution=${encodeURIComponent(institutionId)}`, {
        method: "POST",
        headers: { "content-type": "application/octet-stream", "x-file-name": encodeURIComponent(file.name) },
        body: file,
      });
      const body = await res.json();
      if (!res.ok) return setError(body.message ?? "Unggahan gagal.");
      const result = await attachEvidenceFile({ indicatorId: indicator.id, fileId: body.id, title: file.name });
      if (!result.ok) return setError(result.error);
      setEvidence([...indicator.evidence, { id: result.data.evidenceId, kind: "file", title: file.name, url: null, fileId: body.id, size: body.size, recheck: false }]);
      onIndicator(result.data.indicator);
    } finally {
      setBusy(false);
    }
  }

  async function addLink() {
    setError(null);
    const result = await addEvidenceLink({ indicatorId: indicator.id, ...link });
    if (!result.ok) return setError(Object.values(result.fieldErrors ?? {})[0]?.[0] ?? result.error);
    setEvidence([...indicator.evidence, { id: result.data.evidenceId, kind: "link", title: link.title, url: link.url, fileId: null, size: null, recheck: false }]);
    onIndicator(result.data.indicator);
    setLink({ title: "", url: "" });
  }

  async function remove(evidenceId: string) {
    const before = indicator.evidence;
    setEvidence(before.filter((e) => e.id !== evidenceId));
    const result = await removeEvidence({ id: evidenceId });
    if (!result.ok) {
      setEvidence(before);
      return setError(result.error);
    }
    onIndicator(result.data.indicator);
  }

  return (
    <div className="space-y-2 text-sm">
      <h4 className="font-medium">Bukti dukung ({indicator.evidence.length})</h4>
      <ul className="space-y-1">
        {indicator.evidence.map((e) => (
          <li key={e.id} className="flex flex-wrap items-center gap-2">
            <a
              href={e.kind === "file" ? `/api/admin/evidence-files/${e.fileId}` : (e.url ?? undefined)}
              className="break-all text-blue-800 underline"
              rel="noopener noreferrer"
              target={e.kind === "link" ? "_blank" : undefined}
            >
              {e.title}
            </a>
            {e.recheck && <span className="rounded bg-amber-100 px-1 text-amber-900">periksa ulang</span>}
            {e.size != null && <span className="text-slate-600">({(e.size / 1024).toLocaleString("id-ID", { maximumFractionDigits: 0 })} KB)</span>}
            {canEdit && (
              <button type="button" onClick={() => remove(e.id)} className="text-red-800 underline">
                Hapus<span className="sr-only"> bukti {e.title}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {canEdit && (
        <div className="flex flex-wrap items-end gap-3">
          <label className="flex flex-col">
            Unggah berkas (PDF, gambar, dokumen kantor; maks. 10 MB)
            <input
              type="file"
              disabled={busy}
              aria-describedby={`${id}-err`}
              accept=".pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx,.pptx,.doc,.xls,.ppt"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = "";
                if (file) void upload(file);
              }}
            />
          </label>
          <form
            className="flex flex-wrap items-end gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              void addLink();
            }}
          >
            <label className="flex flex-col">
              Judul tautan
              <input value={link.title} onChange={(e) => setLink({ ...link, title: e.target.value })} className="rounded border border-slate-400 px-2 py-1" />
            </label>
            <label className="flex flex-col">
              Alamat tautan
              <input
                type="url"
                value={link.url}
                onChange={(e) => setLink({ ...link, url: e.target.value })}
                aria-describedby={`${id}-err`}
                className="rounded border border-slate-400 px-2 py-1"
              />
            </label>
            <button type="submit" className="rounded border border-slate-400 px-3 py-1">
              Tambah tautan
            </button>
          </form>
        </div>
      )}
      {busy && <p role="status">Mengunggah…</p>}
      <p id={`${id}-err`} role={error ? "alert" : undefined} className="text-red-800">
        {error}
      </p>
    </div>
  );
}

function CommentThread({ indicator, queryKey }: { indicator: WorkspaceIndicator; queryKey: string[] }) {
  const client = useQueryClient();
  const [text, setText] = useState("");
  const setComments = (comments: WorkspaceIndicator["comments"]) =>
    client.setQueryData<WorkspaceIndicator[]>(queryKey, (rows) => rows?.map((r) => (r.id === indicator.id ? { ...r, comments } : r)));
  const post = useMutation({
    mutationFn: async (body: string) => {
      const result = await addComment({ indicatorId: indicator.id, body });
      if (!result.ok) throw new Error(Object.values(result.fieldErrors ?? {})[0]?.[0] ?? result.error);
      return result.data;
    },
    onMutate: (body) => {
      const before = indicator.comments;
      setComments([...before, { id: `pending-${before.length}`, body, author: "Anda", createdAt: new Date().toISOString() }]);
      setText("");
      return { before, body };
    },
    onError: (_e, _body, context) => {
      if (context) {
        setComments(context.before);
        setText(context.body);
      }
    },
    onSuccess: (comment, _body, context) => setComments([...(context?.before ?? []), comment]),
  });
  const id = `cm-${indicator.id}`;
  return (
    <div className="space-y-2 text-sm">
      <h4 className="font-medium">Komentar ({indicator.comments.length})</h4>
      <ul className="space-y-1">
        {indicator.comments.map((c) => (
          <li key={c.id}>
            <span className="font-medium">{c.author}</span>: {c.body}
          </li>
        ))}
      </ul>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          post.mutate(text);
        }}
      >
        <label className="flex flex-1 flex-col">
          Tulis komentar
          <input value={text} onChange={(e) => setText(e.target.value)} aria-describedby={`${id}-err`} className="rounded border border-slate-400 px-2 py-1" />
        </label>
        <button type="submit" disabled={post.isPending} className="rounded border border-slate-400 px-3 py-1">
          Kirim
        </button>
      </form>
      <p id={`${id}-err`} role={post.error ? "alert" : undefined} className="text-red-800">
        {post.error?.message}
      </p>
    </div>
  );
}
