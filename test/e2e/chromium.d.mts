export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM: string | undefined;
export declare const CHROMIUM_ARGS: string[];
