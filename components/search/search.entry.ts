import { initAll } from "../browser/init";
import { initSearchBox } from "./search-box.module";

/** The search page's own script: results as the reader types. */
initAll({ "search-box": initSearchBox });
