// `npm start`: builds the web app when its sources changed since the last build, then starts the
// platform (embedded database and demo data unless DATABASE_URL says otherwise).
import { register } from 'tsx/esm/api';
import { ensureWebBuilt } from './web-build.mjs';

ensureWebBuilt();
register();
await import('../apps/server/src/cli.ts');
