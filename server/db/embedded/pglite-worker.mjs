// Runs PGlite on its own thread and serves it over the PostgreSQL wire protocol
// on loopback, so heavy queries never block the HTTP event loop and the app uses
// the same `pg` driver for both backends. Plain JS: workers load no TS loader.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const { dataDir, snapshot, port, host } = workerData;
let db;
let server;
try {
  const options = {};
  if (snapshot) options.loadDataDir = new Blob([snapshot]);
  db = dataDir ? await PGlite.create(dataDir, options) : await PGlite.create(options);
  server = new PGLiteSocketServer({
    db,
    port: port ?? 0,
    host: host ?? '127.0.0.1',
    maxConnections: 4,
    debug: process.env.PGLITE_DEBUG === '1',
  });
  await server.start();
  parentPort.postMessage({ type: 'ready', conn: server.getServerConn() });
} catch (error) {
  parentPort.postMessage({ type: 'error', message: String(error?.stack ?? error) });
}

parentPort.on('message', async (msg) => {
  if (msg?.type === 'dump') {
    const blob = await db.dumpDataDir('none');
    parentPort.postMessage({ type: 'dump', data: new Uint8Array(await blob.arrayBuffer()) });
  }
  if (msg?.type === 'stop') {
    try {
      await server?.stop();
      await db?.close();
    } finally {
      parentPort.postMessage({ type: 'stopped' });
    }
  }
});
