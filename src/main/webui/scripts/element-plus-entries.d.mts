/** The Element Plus entries the console's screens use, for Vite's optimizeDeps. */
export function elementPlusEntries(): string[]
