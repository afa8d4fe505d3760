import { initAll } from "../browser/init";
import { initRecordForm } from "./record-form.module";

/** The incident record page's own script. */
initAll({ "record-form": initRecordForm });
