export declare const SERVER_ERROR: { readonly title: string; readonly body: string; readonly home: string };
export declare const SERVER_ERROR_PAGE: string;
