/** Where the notifications pages live in the web app. */
export const MESSAGES_PATH = '/meddelanden';
