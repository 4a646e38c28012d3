/** Types of import-rule.js (plain JavaScript so eslint.config.js can load it). */
export declare const forbiddenImports: readonly { group: readonly string[]; message: string }[];
export declare const forbiddenPaths: readonly { name: string; message: string }[];
export declare const learningUiImportRule: object;
