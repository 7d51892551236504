import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { logStream, prettyLine } from './log';

describe('prettyLine', () => {
  const time = Date.UTC(2026, 11, 6, 14, 23, 18);

  it('writes a record as time, level, message, request and its fields', () => {
    const line = prettyLine(
      JSON.stringify({
        level: 30,
        time,
        pid: 1,
        hostname: 'h',
        reqId: 'r1',
        msg: 'request completed',
        req: { method: 'GET', url: '/api/cases' },
        res: { statusCode: 200 },
        responseTime: 3.5,
      }),
      false,
    );
    expect(line).toBe('14:23:18  INFO   request completed  GET /api/cases  → 200  responseTime=3.5\n');
  });

  it("shows an error's stack under its line, and colours only when asked", () => {
    const json = JSON.stringify({
      level: 50,
      time,
      msg: 'failed',
      err: { message: 'boom', stack: 'Error: boom\n  at x' },
    });
    expect(prettyLine(json, false)).toBe('14:23:18  ERROR  failed\nError: boom\n  at x\n');
    expect(prettyLine(json, true)).toContain('\u001b[31mERROR\u001b[0m');
  });

  it('passes a line that is not JSON through', () => {
    expect(prettyLine('plain text', false)).toBe('plain text\n');
  });
});

describe('logStream', () => {
  it('keeps JSON lines when the output is not a terminal', () => {
    const out = new PassThrough();
    expect(logStream(out)).toBe(out);
  });

  it('writes readable lines to a terminal', () => {
    const out = Object.assign(new PassThrough(), { isTTY: true });
    logStream(out).write(`${JSON.stringify({ level: 40, time: 0, msg: 'careful' })}\n`);
    expect(String(out.read())).toContain('WARN');
  });
});
