/**
 * Reminding late units through HTTP on both engines: a controller or approver of the units reminds them,
 * and exactly the reporters of each unit get a message in Verksam that names the round, the unit and the
 * deadline and links to the one-screen report; the progress view shows who reminded when; a reader or a
 * reporter may not remind; each user reads and marks only their own messages; and with SMTP configured the
 * reminder also goes out by e-mail as a job – to a local SMTP server here – whose failures show in the job.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '#platform/mail.ts';
import { type Caller, startTestApp, type TestApp } from '../../../../test/app-harness.ts';
import type { JobDto } from '../../jobs/contract.ts';
import type { NotificationDto } from '../../notifications/contract.ts';
import type { ProgressDto, ReminderResultDto } from '../contract.ts';

interface ErrorBody {
  error: { code: string; message: string };
}
interface Inbox {
  unread: number;
  text: string;
  notifications: NotificationDto[];
}
interface Received {
  readonly to: string[];
  readonly raw: string;
}

let t: TestApp;
let smtp: SMTPServer;
const received: Received[] = [];
let roundId: string;
let reporterVoe: Caller;
let reporterVss: Caller;
let reporterVoh: Caller;
let reporterVof: Caller;
let controller: Caller;
let approver: Caller;
let vohController: Caller;
let reader: Caller;

async function created<T>(url: string, body: unknown): Promise<T> {
  const response = await t.request<T>('POST', url, body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

/** Gives the user of that name an e-mail address, as an administrator would on Användare. */
async function giveEmail(name: string, email: string) {
  const users = await t.request<Array<{ id: string; name: string; version: number }>>(
    'GET',
    '/api/v1/access/users',
  );
  const user = users.body.find((candidate) => candidate.name === name);
  expect(user, name).toBeDefined();
  const saved = await t.request('PUT', `/api/v1/access/users/${user?.id}`, { email, version: user?.version });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
}

beforeAll(async () => {
  // A local SMTP server that takes every message but refuses the address fel@example.se.
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('fel@')) {
        const refused = new Error('Mottagaren finns inte') as Error & { responseCode: number };
        refused.responseCode = 550;
        callback(refused);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  t = await startTestApp({
    mailer: createMailer({ url: `smtp://127.0.0.1:${port}`, from: 'Verksam <verksam@example.se>' }),
  });
  const unit = (code: string, parentId: string | null, kind: string) =>
    created<{ id: string }>('/api/v1/organisation/units', {
      code,
      name: `Enhet ${code}`,
      kind,
      parentId,
      validFrom: '2023-01-01',
    });
  const city = await unit('STAD', null, 'municipality');
  const ks = await unit('KS', city.id, 'executiveBoard');
  const vss = await unit('VSS', ks.id, 'administration');
  const voe = await unit('VOE', vss.id, 'division');
  const voh = await unit('VOH', vss.id, 'division');
  const vof = await unit('VOF', vss.id, 'division');
  for (const owner of [vss.id, voe.id, voh.id, vof.id]) {
    await created('/api/v1/goals/goals', { orgUnitId: owner, name: 'Mål', validFromYear: 2023 });
  }
  roundId = (
    await created<{ id: string }>('/api/v1/planning/rounds', {
      year: 2023,
      kind: 'august',
      deadline: '2023-09-15',
    })
  ).id;
  const one = (role: 'reporter' | 'controller' | 'approver' | 'reader', unitId: string | null) => [
    { role, orgUnitId: unitId, fromYear: null, toYear: null },
  ];
  reporterVoe = await t.asUser('Anna Rapportör', one('reporter', voe.id));
  reporterVss = await t.asUser('Bo Rapportör', one('reporter', vss.id));
  reporterVoh = await t.asUser('Cecilia Rapportör', one('reporter', voh.id));
  reporterVof = await t.asUser('Fredrik Rapportör', one('reporter', vof.id));
  controller = await t.asUser('Kalle Controller', one('controller', vss.id));
  approver = await t.asUser('Greta Godkännare', one('approver', vss.id));
  vohController = await t.asUser('Henrik Controller', one('controller', voh.id));
  reader = await t.asUser('Lisa Läsare', one('reader', null));
  // A reporter of VOE in 2022 only: not reminded about a round of 2023.
  await t.asUser('Olle Förra året', [{ role: 'reporter', orgUnitId: voe.id, fromYear: 2022, toYear: 2022 }]);
  await giveEmail('Anna Rapportör', 'anna@example.se');
  await giveEmail('Fredrik Rapportör', 'fel@example.se');
});

afterAll(async () => {
  await t?.close();
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
});

const remindUrl = () => `/api/v1/reporting/rounds/${roundId}/reminders`;
const remind = (caller: Caller, units: string[]) =>
  caller.request<ReminderResultDto & ErrorBody>('POST', remindUrl(), { units });
const inbox = async (caller: Caller) => (await caller.request<Inbox>('GET', '/api/v1/notifications')).body;
const progress = async (caller: Caller) =>
  (await caller.request<ProgressDto>('GET', `/api/v1/reporting/rounds/${roundId}/progress?org=VSS`)).body;

async function finished(caller: Caller, jobId: string): Promise<JobDto> {
  for (let tries = 0; tries < 100; tries += 1) {
    const job = (await caller.request<JobDto>('GET', `/api/v1/jobs/${jobId}`)).body;
    if (job.status === 'succeeded' || job.status === 'failed') {
      return job;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Jobbet ${jobId} blev inte klart.`);
}

/** The decoded subject and text of a message as nodemailer writes it (encoded words, quoted-printable). */
function decode(raw: string): { subject: string; text: string } {
  const [head = '', ...rest] = raw.split('\r\n\r\n');
  const headers = head.replace(/\r\n[ \t]+/g, ' ');
  const subject = (/^Subject: (.*)$/im.exec(headers)?.[1] ?? '')
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_word, kind: string, data: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : Buffer.from(
            data
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) =>
                String.fromCharCode(Number.parseInt(hex, 16)),
              ),
            'latin1',
          ).toString('utf8'),
    );
  const body = rest.join('\r\n\r\n');
  const encoding = /^Content-Transfer-Encoding: (.*)$/im.exec(headers)?.[1]?.trim().toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body, 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? Buffer.from(
            body
              .replace(/=\r\n/g, '')
              .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) =>
                String.fromCharCode(Number.parseInt(hex, 16)),
              ),
            'latin1',
          ).toString('utf8')
        : body;
  return { subject, text: text.replace(/\r\n/g, '\n') };
}

describe('reminding late units', () => {
  it('is refused to a reader, to a reporter, to a controller of another unit, and to no one signed in', async () => {
    expect((await remind(reader, ['VOE'])).status).toBe(403);
    expect((await remind(reporterVss, ['VOE'])).status).toBe(403);
    // Henrik controls VOH only: one unit he may not remind refuses the whole request, and nothing is sent.
    expect((await remind(vohController, ['VOH', 'VOE'])).status).toBe(403);
    expect((await t.anonymous.request('POST', remindUrl(), { units: ['VOE'] })).status).toBe(401);
    expect((await inbox(reporterVoh)).notifications).toEqual([]);
    // Neither is offered the button: a reporter reports, a reader reads.
    for (const caller of [reader, reporterVss]) {
      const shown = await progress(caller);
      expect(shown.mayRemind).toBe(false);
      expect(shown.units.every((row) => !row.mayRemind && row.reminded === null)).toBe(true);
    }
  });

  it('sends every reporter of the unit a message naming round, unit and deadline, and no one else', async () => {
    const result = await remind(controller, ['VOE']);
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    expect(result.body.summary).toBe('Påminnelse skickad till 2 rapportörer för 1 enhet.');
    expect(result.body.skipped).toEqual([]);
    const anna = await inbox(reporterVoe);
    expect(anna).toMatchObject({ unread: 1, text: '1 oläst meddelande' });
    expect(anna.notifications).toHaveLength(1);
    expect(anna.notifications[0]).toMatchObject({
      subject: 'Påminnelse: rapportera för Enhet VOE i Delår 31 augusti 2023',
      link: `/rapportera/${roundId}/VOE`,
      senderName: 'Kalle Controller',
      readAt: null,
    });
    expect(anna.notifications[0]?.body).toContain(
      'Enhet VOE (VOE) har ännu inte klarmarkerat sin del av Delår 31 augusti 2023. Sista dag var 15 september 2023.',
    );
    // Bo reports for VSS and everything under it; Cecilia (VOH), the controller and the reader get nothing.
    expect((await inbox(reporterVss)).notifications.map((n) => n.subject)).toEqual([
      anna.notifications[0]?.subject,
    ]);
    for (const caller of [reporterVoh, controller, reader]) {
      expect((await inbox(caller)).notifications).toEqual([]);
    }
  });

  it('shows beside the unit who reminded it and when, so that no one reminds twice by accident', async () => {
    const shown = await progress(approver);
    expect(shown.mayRemind).toBe(true);
    const voe = shown.units.find((row) => row.unit.code === 'VOE');
    expect(voe?.reminded?.byName).toBe('Kalle Controller');
    expect(voe?.reminded?.text).toMatch(/^Påmind \d{1,2} [a-zå]+ \d{4} av Kalle Controller$/);
    expect(voe?.mayRemind).toBe(true);
    expect(shown.units.find((row) => row.unit.code === 'VOH')?.reminded).toBeNull();
  });

  it('sends the reminder by e-mail to those with an address, as a job', async () => {
    const result = await remind(approver, ['VOE']);
    expect(result.body.mailJobId).not.toBeNull();
    const job = await finished(approver, result.body.mailJobId as string);
    expect(job, JSON.stringify(job)).toMatchObject({ status: 'succeeded', result: { sent: 1 } });
    const mail = received.findLast((message) => message.to.includes('anna@example.se'));
    expect(mail, JSON.stringify(received)).toBeDefined();
    // Both reminders of VOE so far went by e-mail, and only to Anna: Bo has no address.
    expect([...new Set(received.flatMap((message) => message.to))]).toEqual(['anna@example.se']);
    const { subject, text } = decode(mail?.raw ?? '');
    expect(subject).toBe('Påminnelse: rapportera för Enhet VOE i Delår 31 augusti 2023');
    expect(text).toContain('Enhet VOE (VOE) har ännu inte klarmarkerat sin del av Delår 31 augusti 2023.');
    expect(text).toContain('Sista dag var 15 september 2023.');
    expect(text).toMatch(new RegExp(`Öppna i Verksam: http://localhost(:80)?/rapportera/${roundId}/VOE`));
    expect(text).toContain('Hälsningar\nGreta Godkännare');
    expect(mail?.raw).toMatch(/^From: Verksam <verksam@example\.se>/m);
  });

  it('shows in the job when the mail server refuses an address, and the message is in Verksam anyway', async () => {
    const result = await remind(controller, ['VOF']);
    const job = await finished(controller, result.body.mailJobId as string);
    expect(job.status).toBe('failed');
    expect(job.error?.message).toMatch(
      /^1 av 1 e-postmeddelanden kunde inte skickas: fel@example\.se \(.*Mottagaren finns inte.*\)\. Meddelandena finns ändå i Verksam\.$/,
    );
    expect((await inbox(reporterVof)).unread).toBe(1);
  });

  it('skips units already done, and refuses when none is left or the round is closed', async () => {
    const ready = await reporterVoh.request('POST', `/api/v1/reporting/rounds/${roundId}/units/VOH/actions`, {
      action: 'markReady',
      version: null,
    });
    expect(ready.status).toBe(200);
    const both = await remind(controller, ['VOE', 'VOH']);
    expect(both.status).toBe(200);
    expect((await finished(controller, both.body.mailJobId as string)).status).toBe('succeeded');
    expect(both.body.reminded.map((row) => row.unit.code)).toEqual(['VOE']);
    expect(both.body.skipped).toEqual([
      { unit: expect.objectContaining({ code: 'VOH' }), reason: 'Enhet VOH är redan klar för granskning.' },
    ]);
    const none = await remind(controller, ['VOH']);
    expect(none.status).toBe(409);
    expect(none.body.error.message).toBe(
      'Ingen påminnelse skickades. Enhet VOH är redan klar för granskning.',
    );
    expect((await progress(controller)).units.find((row) => row.unit.code === 'VOH')?.mayRemind).toBe(false);
    const unknown = await remind(controller, ['FINNSINTE']);
    expect(unknown.status).toBe(404);

    const rounds = await t.request<{ id: string; version: number }[]>(
      'GET',
      '/api/v1/planning/rounds?year=2023',
    );
    const round = rounds.body.find((candidate) => candidate.id === roundId);
    const closing = await t.request('PUT', `/api/v1/planning/rounds/${roundId}`, {
      closed: true,
      version: round?.version,
    });
    expect(closing.status).toBe(200);
    const closed = await remind(controller, ['VOE']);
    expect(closed.status).toBe(409);
    expect(closed.body.error.message).toBe('Delår 31 augusti 2023 är stängt: inga påminnelser skickas.');
    expect((await progress(controller)).mayRemind).toBe(false);
  });
});

describe('a user’s own messages', () => {
  it('are read and marked by their recipient only', async () => {
    const anna = await inbox(reporterVoe);
    const first = anna.notifications[0] as NotificationDto;
    // Another user cannot read or mark it: to them it does not exist.
    expect((await inbox(reporterVoh)).notifications.some((n) => n.id === first.id)).toBe(false);
    const foreign = await reporterVoh.request<ErrorBody>('POST', `/api/v1/notifications/${first.id}/read`, {
      read: true,
    });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.message).toBe(`Meddelandet ${first.id} finns inte bland dina meddelanden.`);
    expect((await inbox(reporterVoe)).unread).toBe(anna.unread);

    const read = await reporterVoe.request<NotificationDto>(
      'POST',
      `/api/v1/notifications/${first.id}/read`,
      {
        read: true,
      },
    );
    expect(read.status).toBe(200);
    expect(read.body.readAt).not.toBeNull();
    const count = await reporterVoe.request<{ unread: number; text: string }>(
      'GET',
      '/api/v1/notifications/unread',
    );
    expect(count.body.unread).toBe(anna.unread - 1);
    const unread = await reporterVoe.request<NotificationDto>(
      'POST',
      `/api/v1/notifications/${first.id}/read`,
      {
        read: false,
      },
    );
    expect(unread.body.readAt).toBeNull();
    const all = await reporterVoe.request<{ unread: number; text: string }>(
      'POST',
      '/api/v1/notifications/read',
    );
    expect(all.body).toEqual({ unread: 0, text: 'Inga olästa meddelanden' });
    // A reader, who may change nothing else, has an inbox of their own.
    expect((await reader.request('POST', '/api/v1/notifications/read')).status).toBe(200);
  });

  it('are no one’s business without signing in', async () => {
    expect((await t.anonymous.request('GET', '/api/v1/notifications')).status).toBe(401);
    expect((await t.anonymous.request('GET', '/api/v1/notifications/unread')).status).toBe(401);
  });
});
