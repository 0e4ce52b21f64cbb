import { addMember, createWorkspace, signUpUser, startTestApi, type TestApi, type TestUser, type TestWorkspace } from '@opencx/server-testing';

/**
 * Live colleagues on a map: GET /api/v1/journeys/:id/events streams a map's changes and who else
 * has it open, from PostgreSQL's LISTEN/NOTIFY — so an edit taken by one API replica reaches a map
 * open on another — under journey(id)'s access rule and tenant scope.
 */

interface Message {
  type: string;
  [k: string]: unknown;
}

/** A server-sent-event client over fetch: collects the messages and waits for one that matches. */
class EventStream {
  private readonly messages: Message[] = [];
  private waiters: (() => void)[] = [];
  private readonly abort = new AbortController();
  status = 0;

  static async open(api: TestApi, journeyId: string, as: { token: string; workspaceId: string }): Promise<EventStream> {
    const stream = new EventStream();
    const res = await fetch(`${api.url}/api/v1/journeys/${journeyId}/events`, {
      headers: { authorization: `Bearer ${as.token}`, 'x-workspace-id': as.workspaceId, accept: 'text/event-stream' },
      signal: stream.abort.signal,
    });
    stream.status = res.status;
    if (res.status !== 200 || !res.body) {
      await res.text();
      return stream;
    }
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    void stream.read(res.body);
    return stream;
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split('\n').find((l) => l.startsWith('data: '));
          if (data) this.messages.push(JSON.parse(data.slice(6)) as Message);
        }
        const waiters = this.waiters;
        this.waiters = [];
        waiters.forEach((w) => w());
      }
    } catch {
      // aborted by close()
    }
  }

  /** All messages so far of one type. */
  all(type: string): Message[] {
    return this.messages.filter((m) => m.type === type);
  }

  /** The first message (from `from` on) of this type meeting the condition; fails after 10 s. */
  async next(type: string, matches: (m: Message) => boolean = () => true, from = 0): Promise<Message> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const found = this.messages.slice(from).find((m) => m.type === type && matches(m));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no ${type} message; got ${JSON.stringify(this.messages)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 250);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  get length(): number {
    return this.messages.length;
  }

  close(): void {
    this.abort.abort();
  }
}

let replica1: TestApi;
let replica2: TestApi;
let a: TestWorkspace;
let b: TestWorkspace;
let editor: TestUser;
let viewer: TestUser;
let journeyA: { id: string; stageId: string };
let otherJourneyA: string;
let journeyB: string;
const streams: EventStream[] = [];
const as = (user: TestUser, w: TestWorkspace) => ({ token: user.token, workspaceId: w.id });

async function open(api: TestApi, journeyId: string, who: { token: string; workspaceId: string }): Promise<EventStream> {
  const stream = await EventStream.open(api, journeyId, who);
  streams.push(stream);
  return stream;
}
async function createJourney(api: TestApi, name: string, who: { token: string; workspaceId: string }): Promise<{ id: string; stageId: string }> {
  const { createJourney } = await api.gqlOk<{ createJourney: { id: string } }>(`mutation($i: CreateJourneyInput!) { createJourney(input: $i) { id } }`, { i: { name } }, who);
  const { addStage } = await api.gqlOk<{ addStage: { stages: { id: string }[] } }>(`mutation($i: AddStageInput!) { addStage(input: $i) { stages { id } } }`, { i: { journeyId: createJourney.id, name: '报修' } }, who);
  return { id: createJourney.id, stageId: addStage.stages[0].id };
}
async function addTouchpoint(api: TestApi, stageId: string, name: string, who: { token: string; workspaceId: string }): Promise<{ revision: number; id: string }> {
  const { addTouchpoint } = await api.gqlOk<{ addTouchpoint: { revision: number; stages: { touchpoints: { id: string; name: string }[] }[] } }>(
    `mutation($i: AddTouchpointInput!) { addTouchpoint(input: $i) { revision stages { touchpoints { id name } } } }`,
    { i: { stageId, name } },
    who,
  );
  return { revision: addTouchpoint.revision, id: addTouchpoint.stages.flatMap((s) => s.touchpoints).find((t) => t.name === name)!.id };
}

beforeAll(async () => {
  replica1 = await startTestApi();
  // A second API process on the same database: what a load balancer would spread requests over.
  replica2 = await startTestApi({ databaseUrl: replica1.databaseUrl });
  a = await createWorkspace(replica1, undefined, 'Live A');
  b = await createWorkspace(replica1, undefined, 'Live B');
  editor = await addMember(replica1, a, 'editor');
  viewer = await addMember(replica1, a, 'viewer');
  journeyA = await createJourney(replica1, '报修旅程', as(a.owner, a));
  otherJourneyA = (await createJourney(replica1, '另一个旅程', as(a.owner, a))).id;
  journeyB = (await createJourney(replica1, 'B 的旅程', as(b.owner, b))).id;
});
afterAll(async () => {
  streams.forEach((s) => s.close());
  await replica2.close();
  await replica1.close();
});

describe('the change feed of a map', () => {
  it('brings an edit made through one replica to a map open on the other, with ids and the revision only', async () => {
    const onReplica2 = await open(replica2, journeyA.id, as(viewer, a));
    expect(onReplica2.status).toBe(200);
    const hello = await onReplica2.next('hello');
    const edit = await addTouchpoint(replica1, journeyA.stageId, '电话报修', as(editor, a));
    expect(edit.revision).toBeGreaterThan(Number(hello.revision));
    const change = await onReplica2.next('change', (m) => m.revision === edit.revision);
    // No content travels: the map refetches what it may read.
    expect(change).toEqual({ type: 'change', journeyId: journeyA.id, revision: edit.revision, actorUserId: editor.id });
    onReplica2.close();
  });

  it("tells a map only its own journey's changes, never another journey's or another workspace's", async () => {
    const mapB = await open(replica2, journeyB, as(b.owner, b));
    const mapA = await open(replica1, journeyA.id, as(a.owner, a));
    await mapB.next('hello');
    await mapA.next('hello');
    await addTouchpoint(replica1, journeyA.stageId, 'A 的触点', as(a.owner, a));
    const other = await createJourneyEdit(otherJourneyA);
    const own = await addTouchpoint(replica2, (await stageOf(journeyB, b)), 'B 的触点', as(b.owner, b));
    // B's stream hears B's edit, and nothing of workspace A arrived before it (NOTIFY order is commit order).
    await mapB.next('change', (m) => m.revision === own.revision);
    expect(mapB.all('change').map((m) => m.journeyId)).toEqual([journeyB]);
    // A's stream of journey A saw no change of A's other journey nor of B.
    const lastA = await mapA.next('change', (m) => m.journeyId === journeyA.id);
    expect(lastA.journeyId).toBe(journeyA.id);
    expect(mapA.all('change').every((m) => m.journeyId === journeyA.id)).toBe(true);
    expect(other).toBeGreaterThan(0);
    mapA.close();
    mapB.close();
  });

  it('is refused like journey(id): signed out, not a member, or a journey of another workspace', async () => {
    const signedOut = await fetch(`${replica1.url}/api/v1/journeys/${journeyA.id}/events`, { headers: { 'x-workspace-id': a.id } });
    expect(signedOut.status).toBe(401);
    const stranger = await signUpUser(replica1, 'stranger');
    expect((await open(replica1, journeyA.id, { token: stranger.token, workspaceId: a.id })).status).toBe(403);
    // B's owner naming A's journey in B's workspace: it does not exist there.
    expect((await open(replica2, journeyA.id, as(b.owner, b))).status).toBe(404);
    const { journey } = await replica1.gql<{ journey: unknown }>(`query($id: ID!) { journey(id: $id) { id } }`, { id: journeyA.id }, as(b.owner, b)).then((r) => r.data ?? { journey: null });
    expect(journey).toBeNull();
    expect((await open(replica1, journeyA.id, as(viewer, a))).status).toBe(200);
  });
});

describe('presence', () => {
  it('shows who else has the map open on any replica, the card they edit, and drops them when they leave', async () => {
    const viewerMap = await open(replica2, journeyA.id, as(viewer, a));
    await viewerMap.next('hello');
    const editorMap = await open(replica1, journeyA.id, as(editor, a));
    const editorHello = await editorMap.next('hello');
    // Each sees the other (the newcomer's announcement makes the viewer announce itself at once).
    const seenByViewer = await viewerMap.next('presence', (m) => (m.colleagues as { userId: string }[]).some((c) => c.userId === editor.id));
    expect(seenByViewer.colleagues).toEqual([{ userId: editor.id, name: expect.any(String), cardId: null }]);
    await editorMap.next('presence', (m) => (m.colleagues as { userId: string }[]).some((c) => c.userId === viewer.id));

    const card = await addTouchpoint(replica1, journeyA.stageId, '上门维修', as(editor, a));
    const report = await replica2.http(`/api/v1/journeys/${journeyA.id}/presence`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ connectionId: editorHello.connectionId, cardId: card.id }),
      ...as(editor, a),
    });
    expect(report.status).toBe(204);
    await viewerMap.next('presence', (m) => (m.colleagues as { cardId: string | null }[]).some((c) => c.cardId === card.id));

    const before = viewerMap.length;
    editorMap.close();
    await viewerMap.next('presence', (m) => (m.colleagues as unknown[]).length === 0, before);
    viewerMap.close();
  });

  it("refuses a presence report for another workspace's journey or a malformed card", async () => {
    const wrong = await replica1.http(`/api/v1/journeys/${journeyA.id}/presence`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ connectionId: '00000000-0000-4000-8000-000000000000', cardId: null }),
      ...as(b.owner, b),
    });
    expect(wrong.status).toBe(404);
    const bad = await replica1.http(`/api/v1/journeys/${journeyA.id}/presence`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ connectionId: '00000000-0000-4000-8000-000000000000', cardId: '<script>' }),
      ...as(viewer, a),
    });
    expect(bad.status).toBe(400);
  });
});

async function stageOf(journeyId: string, w: TestWorkspace): Promise<string> {
  const { journey } = await replica1.gqlOk<{ journey: { stages: { id: string }[] } }>(`query($id: ID!) { journey(id: $id) { stages { id } } }`, { id: journeyId }, as(w.owner, w));
  return journey.stages[0].id;
}
async function createJourneyEdit(journeyId: string): Promise<number> {
  return (await addTouchpoint(replica1, await stageOf(journeyId, a), '别的触点', as(a.owner, a))).revision;
}
