/** The SMTP settings: both variables or neither, an smtp:// or smtps:// address, refusals in Swedish. */
import { describe, expect, it } from 'vitest';
import { readMailSettings } from '../src/platform/config.ts';

describe('readMailSettings', () => {
  it('is off without either variable', () => {
    expect(readMailSettings({})).toBeNull();
    expect(readMailSettings({ VERKSAM_SMTP_URL: ' ', VERKSAM_MAIL_FROM: '' })).toBeNull();
  });

  it('takes an smtp:// or smtps:// address with a sender', () => {
    const from = 'Verksam <verksam@kommun.se>';
    for (const url of ['smtp://user:pass@smtp.kommun.se:587', 'smtps://smtp.kommun.se:465']) {
      expect(readMailSettings({ VERKSAM_SMTP_URL: url, VERKSAM_MAIL_FROM: from })).toEqual({ url, from });
    }
  });

  it('refuses half a configuration and another protocol, without repeating the password', () => {
    expect(() => readMailSettings({ VERKSAM_SMTP_URL: 'smtp://smtp.kommun.se' })).toThrow(
      'E-post behöver både VERKSAM_SMTP_URL och VERKSAM_MAIL_FROM; VERKSAM_MAIL_FROM saknas.',
    );
    expect(() => readMailSettings({ VERKSAM_MAIL_FROM: 'verksam@kommun.se' })).toThrow(
      /VERKSAM_SMTP_URL saknas/,
    );
    expect(() =>
      readMailSettings({ VERKSAM_SMTP_URL: 'https://u:hemligt@x', VERKSAM_MAIL_FROM: 'verksam@kommun.se' }),
    ).toThrow('VERKSAM_SMTP_URL måste börja med smtp:// eller smtps://, inte https://.');
    expect(() =>
      readMailSettings({ VERKSAM_SMTP_URL: 'inte en adress', VERKSAM_MAIL_FROM: 'verksam@kommun.se' }),
    ).toThrow(/^VERKSAM_SMTP_URL måste vara en adress som smtp:/);
  });
});
