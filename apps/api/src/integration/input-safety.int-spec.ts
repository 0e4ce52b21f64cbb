import { getNamedType, isEnumType, isInputObjectType, type GraphQLInputType } from 'graphql';
import { Client } from 'pg';
import { createWorkspace, documentFor, inputLeaves, isList, loadSchema, operations, scalarName, setPath, startTestApi, type TestApi, type TestWorkspace } from '../testing';

let api: TestApi;
let ws: TestWorkspace;
let db: Client;
let opts: { token: string; workspaceId: string };

beforeAll(async () => {
  api = await startTestApi();
  ws = await createWorkspace(api);
  opts = { token: ws.owner.token, workspaceId: ws.id };
  db = new Client({ connectionString: api.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db.end();
  await api.close();
});

/** A required enum gets one of its values and a required list of objects none, so the malformed ids are the only bad input. */
const plausible = (type: GraphQLInputType): unknown => {
  const named = getNamedType(type);
  return isEnumType(named) ? named.getValues()[0].name : isList(type) ? [] : {};
};
const count = async (table: string) => Number((await db.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
// A list of ids names each bad item (`controlTouchpointIds[0]`): compare by the field the list is.
const fieldsOf = (error: { extensions?: Record<string, unknown> } | undefined) => ((error?.extensions?.fields as { field: string }[] | undefined) ?? []).map((f) => f.field.replace(/\[\d+\]/g, ''));

describe('ids', () => {
  it('every operation refuses a malformed value of any ID argument or input field with BAD_USER_INPUT naming the field', async () => {
    const schema = await loadSchema(api);
    const checked: string[] = [];
    for (const op of operations(schema)) {
      const leaves = inputLeaves(op.field.args);
      const ids = leaves.filter((l) => scalarName(l.type) === 'ID');
      if (!ids.length) continue;
      // Required fields get a plausible value; every ID (required or not) gets a malformed one.
      const variables: Record<string, unknown> = {};
      for (const leaf of leaves) {
        const type = scalarName(leaf.type);
        if (type === 'ID') setPath(variables, leaf.path, 'not-a-uuid');
        else if (leaf.required) setPath(variables, leaf.path, type === 'Int' ? 1 : type === 'Boolean' ? true : type === 'JSON' ? {} : type === 'Enum' || isInputObjectType(getNamedType(leaf.type)) ? plausible(leaf.type) : 'x');
      }
      const result = await api.gql(documentFor(op), variables, opts);
      const error = result.errors?.[0];
      expect({ op: op.name, code: error?.extensions?.code }).toEqual({ op: op.name, code: 'BAD_USER_INPUT' });
      // Inside an input object a field is named like class-validator names it (`touchpointId`); a top-level argument by its name.
      const expected = ids.map((l) => (l.path.length > 1 ? l.path.slice(1).join('.') : l.path[0]));
      expect({ op: op.name, fields: fieldsOf(error) }).toEqual({ op: op.name, fields: expect.arrayContaining(expected) });
      expect(error?.message).not.toMatch(/invalid input syntax/i);
      checked.push(op.name);
    }
    // The 13 top-level ID arguments the issue lists, among others.
    expect(checked).toEqual(expect.arrayContaining(['journey', 'deleteStage', 'revokeApiToken', 'removeMember', 'restoreJourneyRevision', 'journeyDiff', 'moveTouchpoint']));
  });
});

describe('text', () => {
  const createPersona = `mutation($input: CreatePersonaInput!) { createPersona(input: $input) { id } }`;

  it.each([
    ['a NUL byte', { name: 'Ann\u0000' }, 'name', /NUL/],
    ['a lone high surrogate', { name: 'Ann \uD83D' }, 'name', /surrogate/],
    ['a lone low surrogate in a list item', { name: 'Ann', goals: ['ok', 'x\uDE00'] }, 'goals[1]', /surrogate/],
    ['more than 20 goals', { name: 'Ann', goals: Array.from({ length: 21 }, (_, i) => `goal ${i}`) }, 'goals', /at most 20 items/],
    ['a goal longer than 500 characters', { name: 'Ann', needs: ['n'.repeat(501)] }, 'needs', /at most 500 characters/],
  ])('refuses %s with a field-named BAD_USER_INPUT and writes nothing', async (_label, input, field, message) => {
    const before = await count('persona');
    const result = await api.gql(createPersona, { input }, opts);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0].message).toMatch(message);
    expect(await count('persona')).toBe(before);
  });

  it('keeps a valid surrogate pair (emoji) and CJK text', async () => {
    const data = await api.gqlOk<{ createPersona: { name: string; goals: string[] } }>(
      `mutation($input: CreatePersonaInput!) { createPersona(input: $input) { name goals } }`,
      { input: { name: '业主 🏠', goals: ['尽快修好 😀'] } },
      opts,
    );
    expect(data.createPersona).toEqual({ name: '业主 🏠', goals: ['尽快修好 😀'] });
  });

  it('checks scalar arguments and JSON documents too, naming the path', async () => {
    const doc = {
      format: 'opencx.journey',
      version: 1,
      journey: { name: 'J', description: '', state: 'current', shape: 'linear', status: 'draft', persona: null, stages: [{ name: 'Stage\u0000', touchpoints: [] }] },
    };
    const importJourney = `mutation($document: JSON!, $name: String) { importJourney(document: $document, name: $name) { id } }`;
    const before = await count('journey');
    const inDocument = await api.gql(importJourney, { document: doc }, opts);
    expect(inDocument.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'document.journey.stages[0].name' });
    const inName = await api.gql(importJourney, { document: { ...doc, journey: { ...doc.journey, stages: [] } }, name: '\uDC00' }, opts);
    expect(inName.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(await count('journey')).toBe(before);
  });
});

describe('import documents', () => {
  const importJourney = `mutation($document: JSON!) { importJourney(document: $document) { id stages { id touchpoints { id } } } }`;
  const touchpoint = { name: 'T', channel: 'web', emotion: 0, momentOfTruth: false, layer: 'front_stage', painPoints: [], opportunities: [] };
  const document = (stages: unknown[]) => ({ format: 'opencx.journey', version: 1, journey: { name: 'Imported', state: 'current', shape: 'linear', status: 'draft', persona: null, stages } });

  it('names a malformed or repeated id in the document instead of failing in PostgreSQL', async () => {
    const bad = await api.gql(importJourney, { document: document([{ id: 'stage-1', name: 'S', touchpoints: [touchpoint] }]) }, opts);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'document.journey.stages[0].id' });
    const id = '5b0d3c2e-8a43-4c55-9f0e-0c7e0f5b9d11';
    const twice = await api.gql(importJourney, { document: document([{ id, name: 'S', touchpoints: [{ ...touchpoint, id }] }]) }, opts);
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'document.journey.stages[0].touchpoints[0].id' });
    expect(twice.errors?.[0].message).toMatch(/used twice/);
  });

  it('imports a document carrying ids of existing rows as a new map, as often as asked', async () => {
    const first = await api.gqlOk<{ importJourney: { id: string; stages: { id: string; touchpoints: { id: string }[] }[] } }>(
      importJourney,
      { document: document([{ name: 'S', touchpoints: [touchpoint] }]) },
      opts,
    );
    const stage = first.importJourney.stages[0];
    const withIds = document([{ id: stage.id, name: 'S', touchpoints: [{ ...touchpoint, id: stage.touchpoints[0].id }] }]);
    for (let i = 0; i < 2; i++) {
      const again = await api.gqlOk<{ importJourney: { id: string; stages: { id: string }[] } }>(importJourney, { document: withIds }, opts);
      expect(again.importJourney.id).not.toBe(first.importJourney.id);
      expect(again.importJourney.stages[0].id).not.toBe(stage.id);
    }
  });
});

describe('errors that are not the product’s own', () => {
  async function withTableRenamed<T>(table: string, run: () => Promise<T>): Promise<T> {
    await db.query(`ALTER TABLE ${table} RENAME TO ${table}_away`);
    try {
      return await run();
    } finally {
      await db.query(`ALTER TABLE ${table}_away RENAME TO ${table}`);
    }
  }

  const loggedUnder = (lines: string[], requestId: string) =>
    lines
      .flatMap((l) => l.split('\n').filter(Boolean))
      .map((l) => JSON.parse(l) as { msg: string })
      .map((l) => l.msg)
      .filter((msg) => msg.includes(requestId));

  function captureLog(): { lines: () => string[]; restore: () => void } {
    const lines: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    return { lines: () => lines, restore: () => spy.mockRestore() };
  }

  it('GraphQL: the client gets a generic message and a request id; the log has PostgreSQL’s words under that id', async () => {
    const log = captureLog();
    let res: Response;
    try {
      res = await withTableRenamed('persona', () =>
        api.http('/graphql', { method: 'POST', token: opts.token, workspaceId: opts.workspaceId, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ personas { id } }' }) }),
      );
    } finally {
      log.restore();
    }
    const text = await res.text();
    const body = JSON.parse(text) as { errors: { message: string; extensions: { code: string; requestId: string } }[] };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].message).toBe('Internal server error');
    expect(body.errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(text).not.toMatch(/relation|persona_away|QueryFailed|does not exist/i);
    const requestId = body.errors[0].extensions.requestId;
    expect(res.headers.get('x-request-id')).toBe(requestId);
    expect(loggedUnder(log.lines(), requestId)).toEqual([expect.stringMatching(/relation "persona" does not exist/)]);
  });

  it('REST: a 500 with a request id only; the log has the full error', async () => {
    const journey = await api.gqlOk<{ createJourney: { id: string } }>(`mutation { createJourney(input: { name: "Export me" }) { id } }`, {}, opts);
    const log = captureLog();
    let res: Response;
    try {
      res = await withTableRenamed('stage', () => api.http(`/api/v1/journeys/${journey.createJourney.id}/export.csv`, { token: opts.token, workspaceId: opts.workspaceId }));
    } finally {
      log.restore();
    }
    expect(res.status).toBe(500);
    const text = await res.text();
    const body = JSON.parse(text) as { error: { code: string; message: string; requestId: string } };
    expect(body).toEqual({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error', requestId: res.headers.get('x-request-id') } });
    expect(text).not.toMatch(/relation|does not exist/i);
    expect(loggedUnder(log.lines(), body.error.requestId)).toEqual([expect.stringMatching(/relation "stage" does not exist/)]);
  });

  it('keeps the product’s own errors and GraphQL’s request errors as they are', async () => {
    const notFound = await api.gql(`{ journey(id: "5b0d3c2e-8a43-4c55-9f0e-0c7e0f5b9d11") { id } }`, {}, opts);
    expect(notFound.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const unknownField = await api.gql(`{ nope }`, {}, opts);
    expect(unknownField.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const badVariable = await api.gql(`mutation($input: CreatePersonaInput!) { createPersona(input: $input) { id } }`, { input: { name: 42 } }, opts);
    expect(badVariable.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  });
});
