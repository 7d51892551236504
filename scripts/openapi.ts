// `npm run openapi`: writes the OpenAPI document of the routes to docs/openapi.json and the web's API
// types generated from it (openapi-typescript) to apps/web/src/api/schema.d.ts. A test fails when
// either committed file drifts from the routes, so API changes are reviewed as documents too.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { openApiDocument, webSchemaTypes } from '../apps/server/src/test/openapi';

const root = path.resolve(import.meta.dirname, '..');
const document = await openApiDocument();
const targets: [string, string][] = [
  ['docs/openapi.json', document],
  ['apps/web/src/api/schema.d.ts', await webSchemaTypes(document)],
];
for (const [file, text] of targets) {
  writeFileSync(path.join(root, file), text);
  process.stdout.write(`wrote ${file}\n`);
}
