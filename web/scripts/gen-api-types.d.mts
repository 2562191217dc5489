// Types of gen-api-types.mjs for the unit test that imports it.
export declare const SPEC_URL: URL
export declare const OUTPUT_URL: URL
export declare const REGENERATE_COMMAND: string
export declare function generateApiTypes(): Promise<string>
