import { defaultBufferPoolBytes, defaultCheckpointBytes, readKuzuEnv } from '../../../src/store/kuzu/kuzu-settings';

const MIB = 1024 * 1024;
const GIB = 1024 * MIB;

describe('Kùzu settings', () => {
  it('sizes the buffer pool at a quarter of the memory, between 1 and 8 GiB', () => {
    expect(defaultBufferPoolBytes(2 * GIB)).toBe(1 * GIB);
    expect(defaultBufferPoolBytes(8 * GIB)).toBe(2 * GIB);
    expect(defaultBufferPoolBytes(24 * GIB)).toBe(6 * GIB);
    expect(defaultBufferPoolBytes(256 * GIB)).toBe(8 * GIB);
  });

  it('checkpoints at a quarter of the pool, at most 1 GiB of WAL', () => {
    expect(defaultCheckpointBytes(1 * GIB)).toBe(256 * MIB);
    expect(defaultCheckpointBytes(2 * GIB)).toBe(512 * MIB);
    expect(defaultCheckpointBytes(6 * GIB)).toBe(1 * GIB);
    expect(defaultCheckpointBytes(64 * MIB)).toBe(16 * MIB);
  });

  it('reads the environment outside the server too, an empty variable as unset', () => {
    expect(readKuzuEnv({ KUZU_BUFFER_POOL_MB: '2048', KUZU_CHECKPOINT_MB: '' })).toEqual({ bufferPoolBytes: 2 * GIB });
    expect(() => readKuzuEnv({ KUZU_CHECKPOINT_MB: '-3' })).toThrow('KUZU_CHECKPOINT_MB: KUZU_CHECKPOINT_MB must be at least 1 (got "-3")');
  });
});
