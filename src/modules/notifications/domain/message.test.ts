import { describe, expect, it } from 'vitest';
import { isAppLink, mailText, unreadText } from './message.ts';

describe('unreadText', () => {
  it('says how many, in singular and plural', () => {
    expect(unreadText(0)).toBe('Inga olästa meddelanden');
    expect(unreadText(1)).toBe('1 oläst meddelande');
    expect(unreadText(3)).toBe('3 olästa meddelanden');
  });
});

describe('isAppLink', () => {
  it('takes a path inside Verksam', () => {
    expect(isAppLink('/rapportera/abc/VSS')).toBe(true);
  });

  it('refuses another site, a protocol-relative address and a script', () => {
    for (const link of [
      'https://evil.example/',
      '//evil.example/x',
      'javascript:alert(1)',
      '/\\evil.example',
    ]) {
      expect(isAppLink(link), link).toBe(false);
    }
  });
});

describe('mailText', () => {
  it('gives the message, an absolute link into Verksam, and who sent it and why by e-mail', () => {
    const text = mailText({
      body: 'Hej!\n\nVSS har ännu inte klarmarkerat.',
      link: '/rapportera/r1/VSS',
      senderName: 'Cecilia Ek',
      origin: 'https://verksam.kommun.se',
    });
    expect(text).toBe(
      'Hej!\n\nVSS har ännu inte klarmarkerat.\n\n' +
        'Öppna i Verksam: https://verksam.kommun.se/rapportera/r1/VSS\n\n' +
        'Meddelandet skickades i Verksam av Cecilia Ek. ' +
        'Du får det som e-post eftersom ditt användarkonto i Verksam har din e-postadress.',
    );
  });

  it('leaves out what the message does not have', () => {
    expect(mailText({ body: null, link: null, senderName: null, origin: null })).toBe(
      'Meddelandet skickades i Verksam. Du får det som e-post eftersom ditt användarkonto i Verksam har din e-postadress.',
    );
  });
});
