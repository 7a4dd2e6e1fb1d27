/**
 * Who is acting. Every use case takes an Actor so that the change log can say who changed what. Until sign-in
 * arrives, the HTTP layer and the CLI act as the local default user.
 */
export interface Actor {
  readonly userId: string;
  readonly name: string;
}

/** The fixed id of the local default user, created by the first migration. */
export const LOCAL_USER_ID = '00000000-0000-4000-8000-000000000001';

export const LOCAL_ACTOR: Actor = { userId: LOCAL_USER_ID, name: 'Lokal användare' };
