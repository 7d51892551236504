import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { openApiDocument, webSchemaTypes } from './test/openapi';

const root = path.resolve(import.meta.dirname, '../../..');
const committed = (file: string) => readFileSync(path.join(root, file), 'utf8');

it('the committed docs/openapi.json and the web types generated from it match the routes (npm run openapi regenerates both)', async () => {
  const document = await openApiDocument();
  expect(document).toBe(committed('docs/openapi.json'));
  expect(await webSchemaTypes(document)).toBe(committed('apps/web/src/api/schema.d.ts'));
});
