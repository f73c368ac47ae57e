import { EventEmitter } from 'node:events';
import pino from 'pino';
import { stopOnSignals } from '../../src/server/shutdown';
import { startTestServer } from './harness';

describe('stopOnSignals', () => {
  it('on SIGTERM stops the real server (store closed, folder free) and exits 0', async () => {
    const t = await startTestServer();
    const exits: number[] = [];
    let exited!: () => void;
    const done = new Promise<void>((r) => { exited = r; });
    const signals = new EventEmitter(); // stands in for process: jest's own process gets no signal
    const remove = stopOnSignals(t.server.stop, pino({ level: 'silent' }), (code) => { exits.push(code); exited(); }, signals);
    signals.emit('SIGTERM', 'SIGTERM');
    signals.emit('SIGINT', 'SIGINT'); // a second signal while stopping changes nothing
    await done;
    remove();
    expect(exits).toEqual([0]);
    await expect(fetch(t.server.url)).rejects.toThrow();
    const again = await startTestServer({ DATA_DIR: t.config.dataDir }); // Kùzu let go of the folder
    expect((await again.gql('{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
    await again.close();
    await t.close();
  });

  it('exits 1 when stopping fails', async () => {
    let exited!: (code: number) => void;
    const code = new Promise<number>((r) => { exited = r; });
    const signals = new EventEmitter();
    const remove = stopOnSignals(() => Promise.reject(new Error('store would not close')), pino({ level: 'silent' }), exited, signals);
    signals.emit('SIGINT', 'SIGINT');
    expect(await code).toBe(1);
    remove();
  });
});
