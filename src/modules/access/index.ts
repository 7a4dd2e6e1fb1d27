/** The access module's public surface: sign-in for the composition root, policies for every module. */
export { accessRoutes } from './access-routes.ts';
export {
  createDemoUsers,
  type DemoUser,
  ensureFirstAdministrator,
  FIRST_ADMIN_USERNAME,
} from './bootstrap.ts';
export { findActor, listRoleHolders, type RoleHolder } from './db/access-repository.ts';
export { authenticatorFor, CSRF_HEADER, LOCAL_SOCKET, SESSION_COOKIE } from './http-auth.ts';
export { createPolicy } from './policy.ts';
export { createGrant, createUser, issueToken } from './user-service.ts';
