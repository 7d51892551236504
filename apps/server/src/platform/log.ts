/**
 * Log lines for a person at a terminal: pino writes one JSON object per line, which a log collector
 * wants and a person reading `npm start` does not. When stdout is a terminal the same records are
 * written as `14:23:18 INFO  message  key=value`; otherwise they stay JSON.
 */
import type { Writable } from 'node:stream';

const LEVELS: Record<number, { name: string; colour: number }> = {
  10: { name: 'TRACE', colour: 90 },
  20: { name: 'DEBUG', colour: 90 },
  30: { name: 'INFO ', colour: 32 },
  40: { name: 'WARN ', colour: 33 },
  50: { name: 'ERROR', colour: 31 },
  60: { name: 'FATAL', colour: 35 },
};

/** Fields every record carries that the line shows in its own way, or not at all. */
const SHOWN_APART = new Set(['level', 'time', 'pid', 'hostname', 'msg', 'err', 'req', 'res', 'reqId']);

/** One JSON log record as a readable line (with a stack for an error); a line that is not JSON as it is. */
export function prettyLine(json: string, colour: boolean): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json.endsWith('\n') ? json : `${json}\n`;
  }
  const level = LEVELS[Number(record.level)] ?? { name: String(record.level).padEnd(5), colour: 0 };
  const time = typeof record.time === 'number' ? new Date(record.time).toISOString().slice(11, 19) : '';
  const paint = (code: number, text: string) => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);
  const parts = [paint(90, time), paint(level.colour, level.name), String(record.msg ?? '')];
  const request = record.req as { method?: string; url?: string } | undefined;
  if (request?.method) parts.push(`${request.method} ${request.url ?? ''}`);
  const response = record.res as { statusCode?: number } | undefined;
  if (response?.statusCode) parts.push(`→ ${response.statusCode}`);
  const extra = Object.entries(record)
    .filter(([key]) => !SHOWN_APART.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  if (extra.length > 0) parts.push(paint(90, extra.join(' ')));
  const error = record.err as { stack?: string; message?: string } | undefined;
  const stack = error ? `\n${paint(31, error.stack ?? error.message ?? '')}` : '';
  return `${parts.filter((part) => part !== '').join('  ')}${stack}\n`;
}

/** Where the platform's logger writes: readable lines on a terminal, JSON lines elsewhere. */
export function logStream(out: Writable & { isTTY?: boolean }): { write(line: string): void } {
  if (!out.isTTY) return out;
  return { write: (line: string) => out.write(prettyLine(line, true)) };
}
