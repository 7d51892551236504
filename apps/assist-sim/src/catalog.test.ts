import { spawn } from 'node:child_process';
import path from 'node:path';
import { CATEGORY_CODES, categoryOf, derivedKey } from '@zhixing/assist-protocol';
import { describe, expect, it } from 'vitest';
import { buildCatalog, NAMED_BANK_COUNT } from './catalog';
import { startSimulator } from './server';

describe('the national set', () => {
  it('by default: the named national banks and platforms and one registry per other category', () => {
    const catalog = buildCatalog({ banks: NAMED_BANK_COUNT, baseUrl: 'http://127.0.0.1:8090' });
    const codes = catalog.map((i) => i.code);
    for (const code of [
      'bank.icbc',
      'bank.abc',
      'bank.boc',
      'bank.ccb',
      'bank.bocom',
      'bank.psbc',
      'bank.cmb',
    ])
      expect(codes).toContain(code);
    expect(codes).toContain('online_payment.alipay');
    expect(codes).toContain('online_payment.tenpay');
    expect(catalog.filter((i) => i.category === 'bank' || i.category === 'online_payment').length).toBe(30);
    for (const category of CATEGORY_CODES) expect(catalog.some((i) => i.category === category)).toBe(true);
    expect(catalog.find((i) => i.code === 'bank.icbc')).toMatchObject({
      name: '中国工商银行',
      endpoint: 'http://127.0.0.1:8090/inst/bank.icbc',
    });
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('offers online only what such an institution does: no ship seizures, deductions only of money', () => {
    const catalog = buildCatalog({ banks: 3600, baseUrl: 'http://sim' });
    expect(catalog.find((i) => i.code === 'ship.msa')?.capabilities.freeze).toBe(false);
    for (const institution of catalog) {
      if (institution.capabilities.deduct) expect(categoryOf(institution.category)?.divisible).toBe(true);
      expect(institution.limits.maxBatch).toBeLessThanOrEqual(1000);
    }
    expect(catalog.find((i) => i.code === 'securities.csdc')?.capabilities.deduct).toBe(false);
    expect(catalog.find((i) => i.code === 'housing_fund.mohurd')?.capabilities.deduct).toBe(true);
    const local = catalog.filter((i) => i.region);
    const deducting = local.filter((i) => i.capabilities.deduct).length / local.length;
    expect(deducting).toBeGreaterThan(0.75);
    expect(deducting).toBeLessThan(0.95);
  });

  it('with --banks 3600: the full network of 3,600 banks, each with its own code and name', () => {
    const catalog = buildCatalog({ banks: 3600, baseUrl: 'http://sim' });
    const banks = catalog.filter((i) => i.category === 'bank');
    expect(banks).toHaveLength(3600);
    expect(new Set(banks.map((b) => b.code)).size).toBe(3600);
    expect(new Set(banks.map((b) => b.name)).size).toBe(3600);
    expect(banks.some((b) => b.name.endsWith('农村商业银行'))).toBe(true);
    expect(banks.some((b) => b.name.endsWith('村镇银行'))).toBe(true);
    expect(catalog.length).toBe(3600 + 6 + 7);
    expect(
      buildCatalog({ banks: 3, baseUrl: 'http://sim' }).filter((i) => i.category === 'bank'),
    ).toHaveLength(3);
    expect(() => buildCatalog({ banks: 0, baseUrl: 'http://sim' })).toThrow(RangeError);
  });

  it('is published over HTTP without any key', async () => {
    const sim = await startSimulator({ banks: 100, secret: 'published-secret' });
    try {
      const response = await fetch(`${sim.url}/sim/institutions`);
      const text = await response.text();
      const body = JSON.parse(text) as { count: number; institutions: Record<string, unknown>[] };
      expect(body.count).toBe(100 + 13);
      expect(body.institutions[0]).toEqual({
        code: 'bank.icbc',
        name: '中国工商银行',
        category: 'bank',
        endpoint: `${sim.url}/inst/bank.icbc`,
        maxBatch: 1000,
        concurrency: 8,
        timeoutMs: 10_000,
        supportsFreeze: true,
        supportsDeduct: true,
      });
      expect(text).not.toContain(derivedKey('published-secret', 'bank.icbc'));
      expect(text).not.toContain('published-secret');
    } finally {
      await sim.close();
    }
  });

  it('main.ts starts the simulator as a process with --port and --banks', async () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'apps/assist-sim/src/main.ts', '--port', '0', '--banks', '3600'],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let seen = '';
        child.stdout.on('data', (chunk: Buffer) => {
          seen += chunk.toString();
          const match = /listening on (\S+)/.exec(seen);
          if (match) resolve(match[1] as string);
        });
        child.once('exit', (code) => reject(new Error(`exited with ${code}`)));
      });
      const body = (await (await fetch(`${url}/sim/institutions`)).json()) as { count: number };
      expect(body.count).toBe(3613);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
