// scripts/generate-locales.mjs has no types of its own
export declare const GENERATED_FILE: string;
export declare function renderLocaleCodes(root?: string): string;
