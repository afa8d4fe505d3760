/** The browser storage key, used only when the reader chooses "keep on this phone". */
export const RECORD_STORAGE_KEY = "incident-record";

type Values = Record<string, string>;

/** The phone's storage, or null where the browser blocks it (all cookies blocked): reading it throws there. */
function phoneStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    storage.getItem(RECORD_STORAGE_KEY);
    return storage;
  } catch {
    return null;
  }
}

/**
 * The incident record's actions (`[data-module="record-form"]`): print,
 * download as a text file, copy, and keep on this phone (localStorage, only
 * when the reader chooses it) with delete. Where the browser blocks storage,
 * keeping is not offered and the rest works. The words come from the markup:
 * the field labels, and `data-title`, `data-file-name`, `data-copied`,
 * `data-kept`, `data-removed`.
 */
export function initRecordForm(root: HTMLElement): void {
  const { title = "", fileName = "record", copied = "", kept = "", removed = "" } = root.dataset;
  const fields = [...root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("input[name], textarea[name]")];
  const status = root.querySelector<HTMLElement>("[data-status]");
  const keepButton = root.querySelector<HTMLButtonElement>('[data-action="keep"]');
  const say = (message: string) => {
    if (status) status.textContent = message;
  };
  const values = (): Values => Object.fromEntries(fields.map((field) => [field.name, field.value]));
  const storage = phoneStorage();
  const keepPart = root.querySelector<HTMLElement>("[data-keep]");
  if (!storage && keepPart) keepPart.hidden = true;
  const isKept = () => storage?.getItem(RECORD_STORAGE_KEY) != null;
  const showKept = () => {
    if (keepButton) keepButton.hidden = isKept();
  };

  // Read once on arrival: present only if the reader chose "keep on this phone" before.
  const saved = storage?.getItem(RECORD_STORAGE_KEY);
  if (saved) {
    try {
      const parsed = JSON.parse(saved) as Values;
      for (const field of fields) field.value = typeof parsed[field.name] === "string" ? parsed[field.name]! : "";
    } catch {
      storage?.removeItem(RECORD_STORAGE_KEY);
    }
  }
  showKept();

  root.addEventListener("input", () => {
    if (isKept()) storage?.setItem(RECORD_STORAGE_KEY, JSON.stringify(values()));
  });

  /** The record as plain text: "Label: value", one field after another. */
  const text = () => {
    const lines = fields.map((field) => {
      const label = root.querySelector(`label[for="${field.id}"]`)?.textContent ?? field.name;
      return `${label}:\n${field.value.trim() || "-"}`;
    });
    return `${title}\n\n${lines.join("\n\n")}\n`;
  };

  const actions: Record<string, () => void | Promise<void>> = {
    print: () => window.print(),
    download: () => {
      const url = URL.createObjectURL(new Blob([text()], { type: "text/plain;charset=utf-8" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = `${fileName}.txt`;
      link.click();
      URL.revokeObjectURL(url);
    },
    copy: async () => {
      await navigator.clipboard.writeText(text());
      say(copied);
    },
    keep: () => {
      storage?.setItem(RECORD_STORAGE_KEY, JSON.stringify(values()));
      showKept();
      say(kept);
    },
    delete: () => {
      storage?.removeItem(RECORD_STORAGE_KEY);
      for (const field of fields) field.value = "";
      showKept();
      say(removed);
    },
  };
  root.addEventListener("click", (event) => {
    const action = (event.target as Element | null)?.closest<HTMLButtonElement>("button[data-action]")?.dataset.action;
    // An action that fails (a full storage, say) changes nothing and says nothing.
    if (action && actions[action])
      void Promise.resolve()
        .then(actions[action])
        .catch(() => {});
  });
}
