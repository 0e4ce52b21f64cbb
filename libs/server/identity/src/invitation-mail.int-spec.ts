import { createWorkspace, mailText, signUpUser, smtpSink, startTestApi, uniqueEmail, type ReceivedMail, type SmtpSink, type TestApi } from '@opencx/server-testing';

let api: TestApi;
let sink: SmtpSink;

beforeAll(async () => {
  sink = await smtpSink();
  api = await startTestApi({
    env: { OPENCX_SMTP_URL: `smtp://127.0.0.1:${sink.port}`, OPENCX_MAIL_FROM: 'OpenCX <cx@example.com>', OPENCX_PUBLIC_URL: 'https://cx.example.com' },
  });
});

afterAll(async () => {
  await api.close();
  await sink.close();
});

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
    expect(mail ? mailText(mail.data) : '').toContain(r.inviteMember.link);
    expect(r.inviteMember.link.startsWith('https://cx.example.com/invite/')).toBe(true);
  });

  it('tells the owner of a taken email that someone tried to sign up with it', async () => {
    const user = await signUpUser(api, 'owner-told');
    await api.gql(`mutation($input: SignUpInput!) { signUp(input: $input) { token } }`, { input: { email: user.email, password: 'someone else pass', displayName: 'X' } });
    // The notice is sent after the answer (so a taken email answers as fast as a free one): wait for it.
    const deadline = Date.now() + 15_000;
    let mail: ReceivedMail | undefined;
    while (!(mail = sink.inbox.find((m) => m.to.some((t) => t.includes(user.email)))) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(mail ? mailText(mail.data) : '').toContain('https://cx.example.com/login');
  });
});
