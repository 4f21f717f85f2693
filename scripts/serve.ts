/** npm start (after the build) — serve dist/ on http://localhost:4321 until stopped. */
import { serveStatic } from './lib/static-server.ts';

const port = Number(process.env.PORT ?? 4321);
const base = process.env.BASE_PATH ?? '/';
const server = await serveStatic('dist', { port, base, host: process.env.HOST ?? '127.0.0.1' });
console.log(`Serving the edition at ${server.url.replace('127.0.0.1', 'localhost')} (Ctrl+C to stop)`);
