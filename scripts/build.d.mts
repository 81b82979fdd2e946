// Types of build.mjs (plain JavaScript: it runs before anything can compile TypeScript).
export function build(): Promise<void>;
export function ensureBuilt(): Promise<void>;
