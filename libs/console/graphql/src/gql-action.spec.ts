import type { FormInstance } from 'antd';
import { TypedDocumentString } from './generated/graphql';
import { executeGql } from './graphql-request';
import { GqlRequestError } from './graphql-request-error';
import type { GqlFeedback } from './gql-feedback';
import { performGqlAction } from './gql-action';

type RenameData = { renameTeam: { id: string; name: string } };
const RenameTeam = new TypedDocumentString(`mutation RenameTeam($name: String!) { renameTeam(name: $name) { id name } }`) as unknown as TypedDocumentString<RenameData, { name: string }>;

/** The API answering with a fixed body, through the real client (status, JSON, error parsing). */
function api(body: unknown) {
  const fetch = (async () => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } })) as unknown as typeof globalThis.fetch;
  return (name: string) => executeGql({ endpoint: '/api/graphql', fetch }, RenameTeam, { name });
}

function recorder() {
  const seen = { reported: [] as { error: unknown; form?: FormInstance; aliases?: Record<string, string> }[], said: [] as string[] };
  const feedback: GqlFeedback = {
    report: (error, form, aliases) => seen.reported.push({ error, form, aliases }),
    success: (text) => seen.said.push(text),
  };
  return { seen, feedback };
}

const form = { name: 'team-form' } as unknown as FormInstance;

describe('performGqlAction', () => {
  it('says the success message built from result and arguments, then runs onSuccess with the result', async () => {
    const { seen, feedback } = recorder();
    const after: string[] = [];
    const outcome = await performGqlAction(
      api({ data: { renameTeam: { id: 't1', name: 'Service desk' } } }),
      ['Service desk'],
      { form, success: (r, name) => `${r.renameTeam.id} is now ${name}`, onSuccess: (r) => void after.push(r.renameTeam.name) },
      feedback,
    );
    expect(outcome).toEqual({ ok: true, result: { renameTeam: { id: 't1', name: 'Service desk' } } });
    expect(seen.said).toEqual(['t1 is now Service desk']);
    expect(after).toEqual(['Service desk']);
    expect(seen.reported).toEqual([]);
  });

  it('reports an input error with the form and aliases, and neither says success nor runs onSuccess', async () => {
    const { seen, feedback } = recorder();
    let ran = false;
    const body = { data: null, errors: [{ message: 'name: is already taken', extensions: { code: 'BAD_USER_INPUT', field: 'name', fields: [{ field: 'name', message: 'is already taken' }] } }] };
    const outcome = await performGqlAction(api(body), ['Ops'], { form, aliases: { teamName: 'name' }, success: 'renamed', onSuccess: () => (ran = true) }, feedback);
    expect(outcome.ok).toBe(false);
    expect(ran).toBe(false);
    expect(seen.said).toEqual([]);
    expect(seen.reported).toHaveLength(1);
    expect(seen.reported[0]!.error).toBeInstanceOf(GqlRequestError);
    expect(seen.reported[0]).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'name' }, form, aliases: { teamName: 'name' } });
  });

  it('leaves an error to onError when it says it handled it, and reports the others', async () => {
    const conflict = { data: null, errors: [{ message: 'changed meanwhile', extensions: { code: 'CONFLICT' } }] };
    const forbidden = { data: null, errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] };
    const onError = (error: unknown) => error instanceof GqlRequestError && error.code === 'CONFLICT';

    const first = recorder();
    await performGqlAction(api(conflict), ['x'], { onError }, first.feedback);
    expect(first.seen.reported).toEqual([]);

    const second = recorder();
    await performGqlAction(api(forbidden), ['x'], { onError }, second.feedback);
    expect(second.seen.reported.map((r) => (r.error as GqlRequestError).code)).toEqual(['FORBIDDEN']);
  });

  it('keeps a successful change successful when the follow-up fails, and reports the follow-up', async () => {
    const { seen, feedback } = recorder();
    const outcome = await performGqlAction(
      api({ data: { renameTeam: { id: 't1', name: 'Ops' } } }),
      ['Ops'],
      {
        success: () => null,
        onSuccess: async () => {
          throw new GqlRequestError('NETWORK', 'refetch failed');
        },
      },
      feedback,
    );
    expect(outcome.ok).toBe(true);
    expect(seen.said).toEqual([]);
    expect(seen.reported.map((r) => (r.error as Error).message)).toEqual(['refetch failed']);
  });
});
