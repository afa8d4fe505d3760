"use client";

import { useEffect, useState } from "react";

/** One field of the record: its key (stable across languages) and what the reader sees. */
export interface RecordField {
  key: string;
  label: string;
  /** A short line: date, time or one line of text; otherwise a text area. */
  type: "date" | "time" | "text" | "textarea";
}

export interface RecordLabels {
  title: string;
  actions: string;
  print: string;
  download: string;
  copy: string;
  copied: string;
  keep: string;
  keepHint: string;
  kept: string;
  remove: string;
  removed: string;
  fileName: string;
}

/** The browser storage key, used only when the reader chooses "keep on this phone". */
export const RECORD_STORAGE_KEY = "incident-record";

type Values = Record<string, string>;

/** The record as plain text: "Label: value", one field after another. */
function toText(title: string, fields: readonly RecordField[], values: Values): string {
  const lines = fields.map((field) => `${field.label}:\n${values[field.key]?.trim() || "-"}`);
  return `${title}\n\n${lines.join("\n\n")}\n`;
}

/**
 * The incident record. Everything typed stays in this page: there is no
 * form element, so nothing can be submitted, and no request carries it. The
 * reader may print it, download it as a text file, copy it, or (only if they
 * choose) keep it in this browser's storage, with a button to delete it.
 * Without JavaScript the fields are a blank worksheet to print.
 */
export function RecordForm({ fields, labels }: { fields: readonly RecordField[]; labels: RecordLabels }) {
  const [values, setValues] = useState<Values>({});
  const [kept, setKept] = useState(false);
  const [status, setStatus] = useState("");

  useEffect(() => {
    // Read once on arrival: only present if the reader chose "keep on this phone" before.
    const saved = window.localStorage.getItem(RECORD_STORAGE_KEY);
    if (!saved) return;
    try {
      setValues(JSON.parse(saved) as Values);
      setKept(true);
    } catch {
      window.localStorage.removeItem(RECORD_STORAGE_KEY);
    }
  }, []);

  const update = (key: string, value: string) => {
    const next = { ...values, [key]: value };
    setValues(next);
    if (kept) window.localStorage.setItem(RECORD_STORAGE_KEY, JSON.stringify(next));
  };

  const text = () => toText(labels.title, fields, values);

  const download = () => {
    const url = URL.createObjectURL(new Blob([text()], { type: "text/plain;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `${labels.fileName}.txt`;
    link.click();
    URL.revokeObjectURL(url);
  };

  const copy = async () => {
    await navigator.clipboard.writeText(text());
    setStatus(labels.copied);
  };

  const keep = () => {
    window.localStorage.setItem(RECORD_STORAGE_KEY, JSON.stringify(values));
    setKept(true);
    setStatus(labels.kept);
  };

  const remove = () => {
    window.localStorage.removeItem(RECORD_STORAGE_KEY);
    setKept(false);
    setValues({});
    setStatus(labels.removed);
  };

  return (
    <>
      <div className="record">
        {fields.map((field) => {
          const id = `record-${field.key}`;
          const common = {
            id,
            name: field.key,
            value: values[field.key] ?? "",
            autoComplete: "off",
            onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => update(field.key, event.target.value),
          };
          return (
            <p key={field.key}>
              <label htmlFor={id}>{field.label}</label>
              {field.type === "textarea" ? <textarea rows={4} {...common} /> : <input type={field.type} {...common} />}
            </p>
          );
        })}
      </div>
      <section aria-labelledby="record-actions" className="record-actions no-print">
        <h2 id="record-actions">{labels.actions}</h2>
        <p className="buttons">
          <button type="button" onClick={() => window.print()}>
            {labels.print}
          </button>
          <button type="button" onClick={download}>
            {labels.download}
          </button>
          <button type="button" onClick={() => void copy().catch(() => {})}>
            {labels.copy}
          </button>
        </p>
        <p className="muted">{labels.keepHint}</p>
        <p className="buttons">
          {kept ? null : (
            <button type="button" onClick={keep}>
              {labels.keep}
            </button>
          )}
          <button type="button" onClick={remove}>
            {labels.remove}
          </button>
        </p>
        <p role="status">{status}</p>
      </section>
    </>
  );
}
