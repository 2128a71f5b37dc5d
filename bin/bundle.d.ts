// Types of bundle.js (plain JavaScript, for the tests and scripts written in TypeScript).
export declare const ROOT: string;
export declare const STAMP: string;
export declare const BUNDLE_ENV: string;
export declare const NO_BUNDLE_ENV: string;
export declare function staleReason(root: string, dist: string): string | undefined;
export declare function freshBundleDir(root?: string): string | undefined;
