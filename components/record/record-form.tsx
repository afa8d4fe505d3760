import { AnchorHeading, type AnchorLabels } from "../ui/anchor-heading";

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

/**
 * The incident record. Everything typed stays in this page: there is no form
 * element, so nothing can be submitted, and no request carries it. With
 * JavaScript (record-form.module.ts) the reader may print it, download it as a
 * text file, copy it, or (only if they choose) keep it in this browser's
 * storage, with a button to delete it. Without JavaScript the fields are a
 * blank worksheet to print, and the actions stay hidden.
 */
export function RecordForm({
  fields,
  labels,
  anchorLabels,
}: {
  fields: readonly RecordField[];
  labels: RecordLabels;
  anchorLabels: AnchorLabels;
}) {
  return (
    <div
      data-module="record-form"
      data-title={labels.title}
      data-file-name={labels.fileName}
      data-copied={labels.copied}
      data-kept={labels.kept}
      data-removed={labels.removed}
    >
      <div className="record">
        {fields.map((field) => {
          const id = `record-${field.key}`;
          return (
            <p key={field.key}>
              <label htmlFor={id}>{field.label}</label>
              {field.type === "textarea" ? (
                <textarea id={id} name={field.key} rows={4} autoComplete="off" />
              ) : (
                <input id={id} name={field.key} type={field.type} autoComplete="off" />
              )}
            </p>
          );
        })}
      </div>
      <section aria-labelledby="record-actions" className="record-actions no-print">
        <AnchorHeading as="h2" id="record-actions" labels={anchorLabels}>
          {labels.actions}
        </AnchorHeading>
        <ActionButtons
          actions={[
            ["print", labels.print],
            ["download", labels.download],
            ["copy", labels.copy],
          ]}
        />
        {/* Hidden by the script where the browser blocks storage: there, nothing can be kept. */}
        <div data-keep="">
          <p className="muted">{labels.keepHint}</p>
          <ActionButtons
            actions={[
              ["keep", labels.keep],
              ["delete", labels.remove],
            ]}
          />
        </div>
        <p role="status" data-status="" />
      </section>
    </div>
  );
}

/** A row of the record's buttons, each naming the action its module runs (`data-action`). */
function ActionButtons({ actions }: { actions: [action: string, label: string][] }) {
  return (
    <p className="buttons">
      {actions.map(([action, label]) => (
        <button key={action} type="button" data-action={action}>
          {label}
        </button>
      ))}
    </p>
  );
}
