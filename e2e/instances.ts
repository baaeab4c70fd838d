// Ports of the app instances the journeys run against (see playwright.config.ts).
export const PORT = Number(process.env.E2E_PORT ?? 3100);
export const DOWN_PORT = PORT + 1;
/** On PostgreSQL: a second instance of the same build, on the same database through a relay the tests can cut. */
export const SECOND = { port: PORT + 2, proxyPort: PORT + 3, controlPort: PORT + 4 };
export const SECOND_URL = `http://127.0.0.1:${SECOND.port}`;
/** On PostgreSQL: nginx with the production edge configuration in front of the first and second instances (e2e/edge.pg.spec.ts). */
export const EDGE_PORT = PORT + 50;
