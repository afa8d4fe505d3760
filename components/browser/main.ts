import { initHeaderSearch } from "../layout/header-search";
import { initLanguagePicker } from "../layout/language-picker.module";
import { initOfflineCopy } from "../layout/offline-copy";
import { initQuickExit } from "../layout/quick-exit";
import { initPrintButton } from "../ui/print-button";
import { initShareButtons } from "../ui/share-buttons";
import { initAll } from "./init";

/** The script of every page: the modules any page may use. */
initAll({
  "share-buttons": initShareButtons,
  "quick-exit": initQuickExit,
  "language-picker": initLanguagePicker,
  "header-search": initHeaderSearch,
  "print-button": initPrintButton,
  "offline-copy": initOfflineCopy,
});
