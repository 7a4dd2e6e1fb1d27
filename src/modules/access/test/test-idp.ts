/**
 * A local OpenID Connect provider for the tests (oidc-provider with its development login and consent
 * pages, in this process, on a free port of 127.0.0.1): any login signs in, as the person of that name in
 * PEOPLE, or as a person with only a subject. One client, `verksam`, with a secret and Verksam's callback.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface TestPerson {
  readonly name: string;
  readonly email: string;
  readonly emailVerified?: boolean;
}

export const TEST_CLIENT = { id: 'verksam', secret: 'ett-hemligt-testlosenord-for-klienten' } as const;

export interface TestIdp {
  /** http://127.0.0.1:<port> */
  readonly issuer: string;
  /** The people who can sign in, by login; others sign in with only a subject. */
  readonly people: Map<string, TestPerson>;
  close(): Promise<void>;
}

/**
 * Starts the provider; `redirectUri` may be given as a function when it is known only once Verksam runs
 * (its port): it is asked at the provider's first request.
 */
export async function startTestIdp(
  redirectUri: string | (() => string),
  people: Record<string, TestPerson> = {},
): Promise<TestIdp> {
  const known = new Map(Object.entries(people));
  // The issuer must be known before the provider is made: take a port, then listen on it.
  const server: Server = (await import('node:http')).createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const create = () =>
    new Provider(issuer, {
      clients: [
        {
          client_id: TEST_CLIENT.id,
          client_secret: TEST_CLIENT.secret,
          redirect_uris: [typeof redirectUri === 'string' ? redirectUri : redirectUri()],
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
      ],
      claims: {
        openid: ['sub'],
        profile: ['name', 'preferred_username'],
        email: ['email', 'email_verified'],
      },
      pkce: { required: () => true },
      features: { devInteractions: { enabled: true } },
      async findAccount(_ctx, sub) {
        return {
          accountId: sub,
          async claims() {
            const person = known.get(sub);
            return person
              ? {
                  sub,
                  name: person.name,
                  preferred_username: sub,
                  email: person.email,
                  email_verified: person.emailVerified ?? true,
                }
              : { sub };
          },
        };
      },
    });
  let handle: ReturnType<Provider['callback']> | null = null;
  server.on('request', (request, response) => {
    if (handle === null) {
      const provider = create();
      provider.on('server_error', (_ctx, error) => console.error('test IdP:', error));
      handle = provider.callback();
    }
    handle(request, response);
  });
  return {
    issuer,
    people: known,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
