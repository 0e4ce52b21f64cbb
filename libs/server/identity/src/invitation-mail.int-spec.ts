import { createServer, type AddressInfo, type Server } from 'node:net';
import { createWorkspace, signUpUser, startTestApi, uniqueEmail, type TestApi } from '@opencx/server-testing';

interface Received {
  from: string;
  to: string[];
  data: string;
}

/** The smallest SMTP server that accepts mail (RFC 5321 happy path), so the API's real SMTP client is exercised. */
function smtpSink(): Promise<{ server: Server; port: number; inbox: Received[] }> {
  const inbox: Received[] = [];
  const server = createServer((socket) => {
    let buffer = '';
    let inData = false;
    let mail: Received = { from: '', to: [], data: '' };
    socket.write('220 sink ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          mail.data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          inbox.push(mail);
          mail = { from: '', to: [], data: '' };
          socket.write('250 queued\r\n');
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 sink\r\n');
        else if (verb === 'MAIL') {
          mail.from = line;
          socket.write('250 ok\r\n');
        } else if (verb === 'RCPT') {
          mail.to.push(line);
          socket.write('250 ok\r\n');
        } else if (verb === 'DATA') {
          inData = true;
          socket.write('354 go on\r\n');
        } else if (verb === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as AddressInfo).port, inbox })));
}

let api: TestApi;
let sink: Awaited<ReturnType<typeof smtpSink>>;

beforeAll(async () => {
  sink = await smtpSink();
  api = await startTestApi({
    env: { OPENCX_SMTP_URL: `smtp://127.0.0.1:${sink.port}`, OPENCX_MAIL_FROM: 'OpenCX <cx@example.com>', OPENCX_PUBLIC_URL: 'https://cx.example.com' },
  });
});

afterAll(async () => {
  await api.close();
  await new Promise((resolve) => sink.server.close(resolve));
});

/** Quoted-printable soft line breaks and escapes, as nodemailer writes long lines. */
const decode = (data: string) => data.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));

describe('with SMTP configured', () => {
  it('emails the invitation link to the invited address', async () => {
    const ws = await createWorkspace(api, undefined, 'Mail test');
    const email = uniqueEmail('mailed');
    const r = await api.gqlOk<{ inviteMember: { link: string; emailed: boolean } }>(
      `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { link emailed } }`,
      { input: { email, role: 'viewer' } },
      { token: ws.owner.token, workspaceId: ws.id },
    );
    expect(r.inviteMember.emailed).toBe(true);
    const mail = sink.inbox.find((m) => m.to.some((t) => t.includes(email)));
    expect(mail?.from).toContain('cx@example.com');
    expect(decode(mail?.data ?? '')).toContain(r.inviteMember.link);
    expect(r.inviteMember.link.startsWith('https://cx.example.com/invite/')).toBe(true);
  });

  it('tells the owner of a taken email that someone tried to sign up with it', async () => {
    const user = await signUpUser(api, 'owner-told');
    await api.gql(`mutation($input: SignUpInput!) { signUp(input: $input) { token } }`, { input: { email: user.email, password: 'someone else pass', displayName: 'X' } });
    // The notice is sent after the answer (so a taken email answers as fast as a free one): wait for it.
    const deadline = Date.now() + 15_000;
    let mail: Received | undefined;
    while (!(mail = sink.inbox.find((m) => m.to.some((t) => t.includes(user.email)))) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(decode(mail?.data ?? '')).toContain('https://cx.example.com/login');
  });
});
