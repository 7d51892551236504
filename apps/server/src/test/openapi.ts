import openapiTS, { astToString } from 'openapi-typescript';
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

const WEB_SCHEMA_HEADER = `/**
 * Generated from docs/openapi.json by openapi-typescript (\`npm run openapi\`). Do not edit by hand:
 * a test fails when this file drifts from the routes. The web's client (api/http.ts) is typed by it.
 */

`;

/** The web's API types (apps/web/src/api/schema.d.ts) generated from the document. */
export async function webSchemaTypes(document: string): Promise<string> {
  const ast = await openapiTS(JSON.parse(document), { alphabetize: false });
  return WEB_SCHEMA_HEADER + astToString(ast);
}
