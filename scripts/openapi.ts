// `npm run openapi`: writes the OpenAPI document of the routes to docs/openapi.json. A test fails
// when the committed document drifts from the routes, so API changes are reviewed as documents too.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { openApiDocument } from '../apps/server/src/test/openapi';

const target = path.resolve(import.meta.dirname, '../docs/openapi.json');
writeFileSync(target, await openApiDocument());
process.stdout.write(`wrote ${target}\n`);
