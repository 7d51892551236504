// `npm start`: builds the web app and bundles the server when their sources changed since the last
// build, then starts the platform (embedded database and demo data unless DATABASE_URL says otherwise).
import { pathToFileURL } from 'node:url';
import { ensureServerBuilt, serverBundle } from './server-build.mjs';
import { ensureWebBuilt } from './web-build.mjs';

ensureWebBuilt();
await ensureServerBuilt();
await import(pathToFileURL(serverBundle).href);
