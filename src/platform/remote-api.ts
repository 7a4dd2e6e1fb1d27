/**
 * The API of a Verksam server elsewhere, for the CLI's scheduled loads (VERKSAM_SERVER_URL): every request
 * carries a personal API token that an administrator issued (VERKSAM_TOKEN). A body stream is sent as it is
 * read, so a large ledger file never sits in memory.
 */
import http from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';
import { readResponse, type SocketResponse } from './db/lock-socket.ts';

export interface RemoteApi {
  request(method: string, path: string, body?: string | Readable): Promise<SocketResponse>;
}

export function remoteApi(baseUrl: string, token: string): RemoteApi {
  return {
    request: (method, path, body) =>
      new Promise((resolve, reject) => {
        const url = new URL(path, baseUrl);
        const client = url.protocol === 'https:' ? https : http;
        const outgoing = client.request(
          url,
          {
            method,
            headers: {
              authorization: `Bearer ${token}`,
              ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            },
          },
          (response) => {
            readResponse(response).then(resolve, reject);
          },
        );
        outgoing.on('error', reject);
        if (body instanceof Readable) {
          body.on('error', (error) => outgoing.destroy(error));
          body.pipe(outgoing);
        } else {
          outgoing.end(body);
        }
      }),
  };
}
