/**
 * The access module's UI surface: the session (who is signed in, what they may do) for the shell and every
 * page, and the pages for signing in, one's own account and – for administrators – the users.
 */
import type { UiModule } from '#web/kit/ui-module.ts';
import { ACCOUNT_PAGE } from '../domain/sign-in.ts';
import { AccountPage } from './account-page.tsx';
import { SIGN_IN_PATH, SignInPage } from './sign-in-page.tsx';
import { UsersPage } from './users-page.tsx';

export { PasswordRequiredPage } from './password-required-page.tsx';
export { type Session, SessionProvider, type SessionUser, useSession } from './session.tsx';
export { SIGN_IN_PATH, signInPathFor } from './sign-in-page.tsx';

export const ACCOUNT_PATH = ACCOUNT_PAGE;

export const accessUi: UiModule = {
  name: 'access',
  routes: [
    { path: SIGN_IN_PATH, Component: SignInPage },
    { path: ACCOUNT_PATH, Component: AccountPage },
    { path: '/anvandare', Component: UsersPage },
  ],
  navigation: [{ path: '/anvandare', label: 'Användare', capability: 'administer' }],
};
