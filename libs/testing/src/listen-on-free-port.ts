import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';

/** Listens on a port the OS picks, on loopback only, and returns the app's base URL. */
export async function listenOnFreePort(app: INestApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}
