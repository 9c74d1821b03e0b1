import { randomFillSync } from 'node:crypto';

// Random bytes drawn from the CSPRNG a pool at a time (as crypto.randomUUID does): one call per 256 ids instead of
// one per id, which a bulk producer (the HR import makes an id per row and per event) otherwise pays for.
const POOL_IDS = 256;
const pool = Buffer.alloc(16 * POOL_IDS);
let poolOffset = pool.length;

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/**
 * RFC 9562 UUID version 7: 48 bits of Unix milliseconds, then random bits.
 * Time-ordered ids keep the inbox's primary-key index append-mostly.
 */
export function uuidv7(nowMs: number = Date.now()): string {
  if (poolOffset === pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const bytes = pool.subarray(poolOffset, poolOffset + 16);
  poolOffset += 16;
  // 48 bits of milliseconds: exact in a double, split into a high 16 and a low 32 bits.
  const high = Math.floor(nowMs / 0x1_0000_0000);
  const low = nowMs >>> 0;
  bytes[0] = (high >>> 8) & 0xff;
  bytes[1] = high & 0xff;
  bytes[2] = (low >>> 24) & 0xff;
  bytes[3] = (low >>> 16) & 0xff;
  bytes[4] = (low >>> 8) & 0xff;
  bytes[5] = low & 0xff;
  bytes[6] = (bytes[6] & 0x0f) | 0x70;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const h = (from: number, to: number) => {
    let text = '';
    for (let index = from; index < to; index++) text += HEX[bytes[index]];
    return text;
  };
  return `${h(0, 4)}-${h(4, 6)}-${h(6, 8)}-${h(8, 10)}-${h(10, 16)}`;
}
