/** The notifications module's pure rules, for its services and pages. */
export { isAppLink, mailText, unreadNoun, unreadText } from './message.ts';
