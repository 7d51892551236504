export const serverBundle: string;
export function ensureServerBuilt(): Promise<void>;
