/**
 * Seeds the demo workspace through the public GraphQL API (the same path a user takes), once:
 * a second start finds the demo user and leaves the data alone.
 */
import { postGraphql } from './graphql-client';

export const DEMO_LOGIN = { email: 'demo@opencx.dev', password: 'opencx-demo-2026' };

/** Journeys the demo workspace starts with (property services first: the console's first map). */
const DEMO_TEMPLATES = ['property-services/repair-request', 'property-services/complaint-handling', 'retail/online-shopper'];

export async function seedDemo(apiUrl: string, log: (line: string) => void): Promise<void> {
  const login = await postGraphql<{ login: { token: string } }>(apiUrl, `mutation($input: LoginInput!) { login(input: $input) { token } }`, { input: DEMO_LOGIN });
  if (login.data?.login.token) {
    log('demo workspace already seeded');
    return;
  }
  log('seeding the demo workspace [1/3] demo user …');
  const signUp = await postGraphql<{ signUp: { token: string } }>(apiUrl, `mutation($input: SignUpInput!) { signUp(input: $input) { token } }`, {
    input: { ...DEMO_LOGIN, displayName: '演示用户 Demo', locale: 'zh-CN' },
  });
  const token = signUp.data?.signUp.token;
  if (!token) throw new Error(`seeding failed: ${signUp.errors?.[0]?.message}`);
  log('seeding the demo workspace [2/3] workspace …');
  const ws = await postGraphql<{ createWorkspace: { id: string } }>(
    apiUrl,
    `mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }`,
    { input: { name: '示例物业 Demo Property Services', slug: 'demo', locale: 'zh-CN', timeZone: 'Asia/Shanghai' } },
    { authorization: `Bearer ${token}` },
  );
  if (!ws.data) throw new Error(`seeding failed: ${ws.errors?.[0]?.message}`);
  const headers = { authorization: `Bearer ${token}`, 'x-workspace-id': ws.data.createWorkspace.id };
  for (const [i, templateKey] of DEMO_TEMPLATES.entries()) {
    log(`seeding the demo workspace [3/3] journey ${i + 1}/${DEMO_TEMPLATES.length} from ${templateKey} …`);
    const journey = await postGraphql<{ createJourneyFromTemplate: { id: string } }>(
      apiUrl,
      `mutation($input: CreateJourneyFromTemplateInput!) { createJourneyFromTemplate(input: $input) { id } }`,
      { input: { templateKey } },
      headers,
    );
    if (!journey.data) throw new Error(`seeding failed: ${journey.errors?.[0]?.message}`);
  }
  log('demo workspace seeded');
}
