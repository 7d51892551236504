import { type RunningSimulator, type SimulatorOptions, startSimulator } from '@zhixing/assist-sim/src/server';
import type { Platform } from '../app';
import { platformActor } from '../modules/audit/service';

export const TEST_ASSIST_SECRET = 'zhixing-test-assist-secret';

/**
 * The institution simulator on a free port, its catalog registered in the platform with keys derived
 * from the same secret: the real protocol over real HTTP, as in the embedded demo.
 */
export async function startTestSimulator(
  platform: Platform,
  options: SimulatorOptions = {},
): Promise<RunningSimulator> {
  const simulator = await startSimulator({ port: 0, secret: TEST_ASSIST_SECRET, ...options });
  await platform.services.inquiry.registry.importCatalog(platformActor, simulator.institutions, {
    secret: TEST_ASSIST_SECRET,
  });
  return simulator;
}

/** JSON over HTTP to the simulator's own endpoints (`/sim/…`). */
export async function sim<T = unknown>(
  simulator: RunningSimulator,
  method: 'GET' | 'PUT' | 'POST' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${simulator.url}${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Waits until `check` holds (polling every 100 ms), or fails after `timeoutMs` with the last value. */
export async function eventually<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  timeoutMs = 30_000,
): Promise<T> {
  const started = Date.now();
  let last = await read();
  while (!check(last)) {
    if (Date.now() - started > timeoutMs)
      throw new Error(`not reached in ${timeoutMs} ms: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  return last;
}
