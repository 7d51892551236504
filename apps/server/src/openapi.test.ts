import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { openApiDocument } from './test/openapi';

it('the committed docs/openapi.json matches the routes (npm run openapi regenerates it)', async () => {
  const committed = readFileSync(path.resolve(import.meta.dirname, '../../../docs/openapi.json'), 'utf8');
  expect(await openApiDocument()).toBe(committed);
});
