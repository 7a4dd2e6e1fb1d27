/** The access module's pure rules, for its services and for every module's pages. */
export {
  canSomewhere,
  type Need,
  permits,
  ROLE_LABELS,
  roleCan,
  writesSomewhere,
} from './permissions.ts';
