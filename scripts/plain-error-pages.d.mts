// scripts/plain-error-pages.mjs has no types of its own
export declare const FRAMEWORK_RUNTIME: RegExp;
export declare const REPLACEMENTS: Readonly<Record<string, "not-found" | "server-error">>;
export declare const SERVER_ERROR: Readonly<{ title: string; body: string; home: string }>;
export declare const SERVER_ERROR_PAGE: string;
export declare function toServerErrorPage(notFoundHtml: string, home: string): string;
export declare function findFrameworkPages(dir: string): string[];
export declare function replaceFrameworkPages(distDir: string): string[];
