export declare const chromiumArgs: string[];
export declare function findChromium(): string | undefined;
export declare const missingBrowserMessage: string;
export declare function requireChromium(): string;
export declare function chromiumLaunchOptions(): { executablePath: string; args: string[] };
