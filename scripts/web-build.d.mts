export function ensureWebBuilt(): void;
export function newestMtime(target: string): number;
