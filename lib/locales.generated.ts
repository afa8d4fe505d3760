// Generated from content/locales.json by scripts/generate-locales.mjs. Do not edit.
export const LOCALE_CODES = ["en", "es", "zh-hans", "zh-hant", "pa", "hmn", "ru", "tl", "vi", "hi", "fa"] as const;
