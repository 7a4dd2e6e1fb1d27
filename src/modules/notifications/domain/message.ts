/** The rules of a message inside Verksam: where its link may lead, and how the inbox counts. */
/** A path inside Verksam ("/rapportera/…"): never another site, so a message cannot lead anyone astray. */
export function isAppLink(link: string): boolean {
  return /^\/(?!\/)[^\s\\]*$/.test(link);
}

/** "oläst meddelande", "olästa meddelanden": what follows the count. */
export function unreadNoun(unread: number): string {
  return unread === 1 ? 'oläst meddelande' : 'olästa meddelanden';
}

/** "Inga olästa meddelanden", "1 oläst meddelande", "3 olästa meddelanden". */
export function unreadText(unread: number): string {
  return unread === 0 ? 'Inga olästa meddelanden' : `${unread} ${unreadNoun(unread)}`;
}

/** The e-mail's text: the message, then where to open it in Verksam, then who sent it and why. */
export function mailText(message: {
  body: string | null;
  link: string | null;
  senderName: string | null;
  origin: string | null;
}): string {
  const parts = [message.body ?? ''];
  if (message.link) {
    parts.push(`Öppna i Verksam: ${message.origin ?? ''}${message.link}`);
  }
  parts.push(
    `Meddelandet skickades i Verksam${message.senderName ? ` av ${message.senderName}` : ''}. ` +
      'Du får det som e-post eftersom ditt användarkonto i Verksam har din e-postadress.',
  );
  return parts.filter((part) => part !== '').join('\n\n');
}
