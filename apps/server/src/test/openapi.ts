import { createPlatform } from '../app';
import { loadConfig } from '../platform/config';
import { openPglite } from '../platform/db';

/** The OpenAPI document as the routes declare it (settable clock, so the clock routes are included). */
export async function openApiDocument(): Promise<string> {
  const config = loadConfig({ ZHIXING_CLOCK: 'settable', LOG_LEVEL: 'silent' }, { workers: false });
  const platform = await createPlatform(
    { ...config, webDir: '' },
    { database: await openPglite(undefined), logger: false },
  );
  try {
    return `${JSON.stringify(platform.app.swagger(), null, 2)}\n`;
  } finally {
    await platform.close();
  }
}
