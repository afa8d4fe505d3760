export declare const SCRIPT_ENTRIES: Record<"main" | "search" | "record", string>;
export declare const ASSET_PREFIX: string;
export interface BuiltAsset {
  name: string;
  type: string;
  contents: string;
}
export declare function buildAssets(options?: { root?: string; hashed?: boolean }): Promise<Record<string, BuiltAsset>>;
