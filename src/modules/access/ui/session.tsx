/**
 * Who is signed in, for the shell and every page: the session from the server (GET /access/session), what
 * its roles let the user do – decided by the same pure functions as the server's policy – and signing in
 * and out. The session's CSRF token goes to the kit's `call`, which sends it with every change; a 401 from
 * any call means the session has ended, and the shell then shows the sign-in page.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Capability, Grant } from '#core/actor.ts';
import type { OperationResult } from '#core/api.ts';
import { type ApiError, call, onUnauthenticated, setCsrfToken } from '#web/kit/api.ts';
import { accessApi } from '../contract.ts';
import { canSomewhere, permits } from '../domain/permissions.ts';

type SessionDto = OperationResult<typeof accessApi.session>;
export type SessionUser = NonNullable<SessionDto['user']>;

/** The session query's key: the kit's key for the operation (['api', id, input]), so refreshes reach it. */
const SESSION_KEY = ['api', accessApi.session.id, {}] as const;

/** Queries that make sense to no one in particular, kept when a user signs in or out. */
const SHARED_QUERIES: readonly string[] = [accessApi.session.id, accessApi.signInInfo.id];

const NO_ONE: SessionDto = { user: null, csrfToken: null };

export interface Session {
  /** 'loading' until the server has said who is signed in; 'failed' if it could not be asked. */
  readonly status: 'loading' | 'failed' | 'ready';
  readonly error: ApiError | null;
  /** The signed-in user; null when no one is signed in (or while loading). */
  readonly user: SessionUser | null;
  readonly grants: readonly Grant[];
  /**
   * True when the user's roles give the capability: on a unit when `unitPath` (the unit's id and its
   * ancestors' ids) is given, in `year` when one is given; else on some unit at all.
   */
  can(capability: Capability, unitPath?: readonly string[], year?: number | null): boolean;
  /** True when the user's roles give the capability over the whole municipality (users, ledgers). */
  canMunicipalityWide(capability: Capability): boolean;
  /** True when the user ended this session themselves (the sign-in page then forgets where they were). */
  readonly signedOutHere: boolean;
  /** After a successful sign-in: the server's answer becomes the session. */
  signedIn(answer: SessionDto): void;
  /** Signs out here, or on every device (all the user's sessions); throws an ApiError if it fails. */
  signOut(options?: { everywhere?: boolean }): Promise<void>;
  /** Asks the server again (after the password is changed). */
  refresh(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

async function fetchSession(): Promise<SessionDto> {
  const session = await call(accessApi.session, {});
  setCsrfToken(session.csrfToken);
  return session;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const query = useQuery<SessionDto, ApiError>({
    queryKey: SESSION_KEY,
    queryFn: fetchSession,
    meta: { resources: accessApi.session.spec.resources },
    staleTime: 60_000,
  });
  const [signedOutHere, setSignedOutHere] = useState(false);

  const becomeNoOne = useCallback(() => {
    setCsrfToken(null);
    client.setQueryData(SESSION_KEY, NO_ONE);
  }, [client]);

  // A call that needs a signed-in user was refused: the session has ended (expired, signed out elsewhere).
  useEffect(() => onUnauthenticated(becomeNoOne), [becomeNoOne]);

  const user = query.data?.user ?? null;
  const signedOut = query.data !== undefined && user === null;
  // Once no one is signed in, nothing anyone saw may stay in the cache for the next user. This runs after
  // the pages that showed it are gone, so no query of theirs fetches again.
  useEffect(() => {
    if (signedOut) {
      client.removeQueries({
        predicate: (cached) => !SHARED_QUERIES.includes(String(cached.queryKey[1])),
      });
    }
  }, [signedOut, client]);

  const value = useMemo<Session>(() => {
    const grants: readonly Grant[] = user?.grants ?? [];
    return {
      status: query.data !== undefined ? 'ready' : query.isError ? 'failed' : 'loading',
      error: query.data === undefined ? query.error : null,
      user,
      grants,
      can: (capability, unitPath, year = null) =>
        unitPath === undefined
          ? canSomewhere(grants, capability)
          : permits(grants, { capability, unitId: unitPath[0] ?? null, year }, unitPath),
      canMunicipalityWide: (capability) => permits(grants, { capability, unitId: null, year: null }, []),
      signedOutHere,
      signedIn: (answer) => {
        setCsrfToken(answer.csrfToken);
        setSignedOutHere(false);
        client.removeQueries({
          predicate: (cached) => !SHARED_QUERIES.includes(String(cached.queryKey[1])),
        });
        client.setQueryData(SESSION_KEY, answer);
      },
      signOut: async ({ everywhere = false } = {}) => {
        // Only once the server has ended the session: a sign-out that did not reach it must say so.
        await call(everywhere ? accessApi.signOutEverywhere : accessApi.signOut, {});
        setSignedOutHere(true);
        becomeNoOne();
      },
      refresh: () => client.invalidateQueries({ queryKey: SESSION_KEY }),
    };
  }, [query.data, query.isError, query.error, user, signedOutHere, client, becomeNoOne]);

  return <SessionContext value={value}>{children}</SessionContext>;
}

/** The session, inside SessionProvider (the shell puts it around every page). */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) {
    throw new Error('useSession() is used outside SessionProvider');
  }
  return session;
}
