import { Worker } from 'node:worker_threads';

export type EmbeddedServer = {
  host: string;
  port: number;
  dump(): Promise<Uint8Array>;
  stop(): Promise<void>;
};

/** Starts PGlite in a worker thread, served over the wire protocol on a loopback port. */
export async function startEmbeddedPostgres(options: {
  dataDir?: string;
  snapshot?: Uint8Array;
  port?: number;
}) {
  const worker = new Worker(new URL('./embedded/pglite-worker.mjs', import.meta.url), {
    workerData: { dataDir: options.dataDir, snapshot: options.snapshot, port: options.port ?? 0 },
  });
  const conn = await new Promise<string>((resolve, reject) => {
    worker.once('message', (m) => (m.type === 'ready' ? resolve(m.conn) : reject(new Error(m.message))));
    worker.once('error', reject);
  });
  const [host, port] = splitConn(conn);
  const request = <T>(type: string, reply: string, pick: (m: { data?: T }) => T) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (m: { type: string; data?: T }) => {
        if (m.type !== reply) return;
        worker.off('message', onMessage);
        resolve(pick(m));
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
      worker.postMessage({ type });
    });
  const server: EmbeddedServer = {
    host,
    port,
    dump: () => request<Uint8Array>('dump', 'dump', (m) => m.data!),
    stop: async () => {
      await request<void>('stop', 'stopped', () => undefined);
      await worker.terminate();
    },
  };
  return server;
}

function splitConn(conn: string): [string, number] {
  const i = conn.lastIndexOf(':');
  return [conn.slice(0, i), Number(conn.slice(i + 1))];
}
