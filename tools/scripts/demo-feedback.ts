/**
 * A year of realistic demo feedback for the demo journeys, generated (deterministically, from a
 * seeded random stream) as REST batch bodies. Reality differs from the team's design on purpose:
 * each touchpoint's measured mood drifts from its designed emotion, and the property repair
 * journey's response touchpoint (报修响应: the one measuring repair response time) has a visible
 * dip five to eight months ago — slower first responses, angrier residents — and a recovery.
 */

export interface DemoMetric {
  key: string;
  kind: string;
}

export interface DemoTouchpoint {
  id: string;
  /** Designed emotion −3…+3. */
  emotion: number;
  metrics: DemoMetric[];
  slaMinutes: number | null;
}

export interface DemoJourney {
  templateKey: string;
  touchpoints: DemoTouchpoint[];
}

export interface DemoSite {
  code: string;
  name: string;
  region: string;
}

const ESTATE_NAMES = ['阳光', '滨江', '翠湖', '金桂', '绿城', '碧水', '锦绣', '华府', '紫荆', '枫林'];
const ESTATE_KINDS = ['花园', '壹号', '苑', '雅居'];
const REGIONS = [
  ['SH', '上海'],
  ['HZ', '杭州'],
  ['SZ', '深圳'],
  ['NJ', '南京'],
] as const;
/** Forty 小区 (residential estates): enough small ones for the league table's shrinkage to matter. */
export const PROPERTY_SITES: readonly DemoSite[] = Array.from({ length: 40 }, (_, i) => {
  const [prefix, region] = REGIONS[i % REGIONS.length];
  return { code: `${prefix}-${String(i + 1).padStart(2, '0')}`, name: `${ESTATE_NAMES[i % 10]}${ESTATE_KINDS[Math.floor(i / 10)]}`, region };
});
/**
 * Property sites' shares of the answers: Zipf-like (1/rank), so the largest estate answers about
 * forty times as often as the smallest, which gets a handful a year per touchpoint.
 */
const PROPERTY_SITE_CUMULATIVE = (() => {
  const weights = PROPERTY_SITES.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  let run = 0;
  return weights.map((w) => (run += w / total));
})();
/** Each estate serves a little better or worse than the next (on the −1…+1 feel scale), so the league has something to rank. */
const siteBias = (index: number) => ((index * 7) % 9 - 4) * 0.05;
export const RETAIL_SITES: readonly DemoSite[] = [
  { code: 'ST-SH-XH', name: '上海徐汇店', region: '上海' },
  { code: 'ST-BJ-CY', name: '北京朝阳店', region: '北京' },
  { code: 'ST-ONLINE', name: '线上旗舰店', region: '线上' },
];
export const DEMO_SITES: readonly DemoSite[] = [...PROPERTY_SITES, ...RETAIL_SITES];

/** Everything seeded carries this source, so its external ids are exactly-once keys of their own. */
export const DEMO_SOURCE = 'demo-seed';
export const BATCH_ROWS = 1000;
export const DEMO_DAYS = 365;
/** The dip of the repair response touchpoint, in days before the last seeded day. */
export const DIP = { from: 240, to: 150 } as const;

interface Response {
  touchpointId: string;
  occurredAt: string;
  externalId: string;
  customerRef?: string;
  site?: string;
  nps?: number;
  csat?: number;
  ces?: number;
  comment?: string;
  language?: string;
}
interface Observation {
  touchpointId: string;
  metric: string;
  value: number;
  occurredAt: string;
  externalId: string;
  site?: string;
}
export interface DemoBatch {
  source: string;
  responses: Response[];
  observations: Observation[];
}

/** mulberry32: small, fast, and the same stream on every machine. */
export function randomStream(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Comments = Record<'positive' | 'neutral' | 'negative', readonly (readonly [string, string])[]>;

const COMMENTS: Record<'property' | 'retail', Comments> = {
  property: {
    positive: [
      ['zh', '维修师傅很准时，态度也很好'],
      ['zh', '报修后半小时就有人联系，非常满意'],
      ['zh', '电梯修好了，效率挺高'],
      ['zh', '保洁阿姨很认真，楼道很干净'],
      ['en', 'The technician arrived on time and fixed the leak quickly.'],
      ['en', 'Very friendly service desk, thank you!'],
    ],
    neutral: [
      ['zh', '还行吧，就是等的时间有点长'],
      ['zh', '问题解决了，但流程有点繁琐'],
      ['en', 'It was fine, nothing special.'],
      ['en', 'Fixed in the end, but I had to call twice.'],
    ],
    negative: [
      ['zh', '漏水报修三天都没人来，太失望了'],
      ['zh', '电话一直打不通，没有人回复'],
      ['zh', '师傅没带工具，又要重新预约'],
      ['zh', '物业费这么贵，服务却很差'],
      ['en', 'Nobody called back after I reported the leak.'],
      ['en', 'Waited all day and the technician never came.'],
    ],
  },
  retail: {
    positive: [
      ['zh', '物流很快，第二天就到了'],
      ['zh', '价格实惠，客服回复及时'],
      ['en', 'Fast delivery and great packaging.'],
      ['en', 'Checkout was quick and easy.'],
    ],
    neutral: [
      ['zh', '商品还可以，和描述差不多'],
      ['en', 'Okay product, delivery took a while.'],
    ],
    negative: [
      ['zh', '退货流程太麻烦了，等了两周才退款'],
      ['zh', '结账页面一直报错，不想再买了'],
      ['en', 'The refund took forever.'],
      ['en', 'Payment failed twice at checkout.'],
    ],
  },
};

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(v)));
const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
/** One draw (one random number, like `pick`): property sites by their Zipf weights, retail sites evenly. */
const pickSite = (rnd: () => number, retail: boolean): { site: DemoSite; bias: number } => {
  if (retail) return { site: pick(rnd, RETAIL_SITES), bias: 0 };
  const u = rnd();
  const i = Math.max(0, PROPERTY_SITE_CUMULATIVE.findIndex((c) => u < c));
  return { site: PROPERTY_SITES[i], bias: siteBias(i) };
};
/** A roughly normal draw (sum of three uniforms), mean 0, sd ≈ 1. */
const noise = (rnd: () => number) => (rnd() + rnd() + rnd() - 1.5) * 2;

/** The touchpoint whose dip the demo shows: the repair journey's one measuring response time. */
export function dipTouchpoint(journeys: readonly DemoJourney[]): string | null {
  const repair = journeys.find((j) => j.templateKey === 'property-services/repair-request');
  return repair?.touchpoints.find((t) => t.metrics.some((m) => m.key === 'repair_response_time'))?.id ?? repair?.touchpoints[0]?.id ?? null;
}

/** How far a day sits inside the dip: 0 outside, up to 1 in its middle (a smooth fall and recovery). */
export function dipDepth(daysAgo: number): number {
  if (daysAgo > DIP.from || daysAgo < DIP.to) return 0;
  const mid = (DIP.from + DIP.to) / 2;
  return 1 - Math.abs(daysAgo - mid) / ((DIP.from - DIP.to) / 2);
}

/** Customers of the key-driver cohort: comfortably above the 50 complete cases key drivers need. */
export const KEY_DRIVER_CUSTOMERS = 120;
/** The cohort answers within this many days before the last seeded day (inside the dashboard's default 90 days). */
export const KEY_DRIVER_DAYS = 60;

/**
 * The repair journey's key-driver cohort: customers who leave their phone number, so their answers
 * link (by the salted hash) across touchpoints. Each rates three touchpoints (CSAT 1–5) and then
 * the journey (NPS at its last touchpoint, with that touchpoint's own CSAT). Planted: NPS follows the response touchpoint's CSAT
 * strongly (2 points of NPS per CSAT point), the first other driver a little (+1 when satisfied),
 * the second not at all; the response touchpoint is also rated low more often (a uniform 1–5,
 * 40 % satisfied), so it is important and below target: the dashboard's quadrant puts it under
 * "fix first". Needs a journey of at least four touchpoints; otherwise nothing is added.
 */
export function keyDriverCohort(journeys: readonly DemoJourney[], end: number, rnd: () => number): Response[] {
  const repair = journeys.find((j) => j.templateKey === 'property-services/repair-request');
  if (!repair || repair.touchpoints.length < 4) return [];
  const outcome = repair.touchpoints[repair.touchpoints.length - 1];
  const candidates = repair.touchpoints.slice(0, -1);
  const dip = dipTouchpoint(journeys);
  const planted = candidates.find((t) => t.id === dip) ?? candidates[0];
  const others = candidates.filter((t) => t !== planted).slice(0, 2);
  const rows: Response[] = [];
  for (let c = 0; c < KEY_DRIVER_CUSTOMERS; c++) {
    const customerRef = `demo-customer-${String(c).padStart(4, '0')}`;
    const daysAgo = 3 + Math.floor(rnd() * (KEY_DRIVER_DAYS - 8));
    const at = (offset: number) => new Date(end - (daysAgo - offset) * 86400000 + (2 + Math.floor(rnd() * 8)) * 3600000).toISOString();
    const driver = 1 + Math.floor(rnd() * 5);
    const minor = others.map(() => 2 + Math.floor(rnd() * 4));
    const wobble = Math.floor(rnd() * 3) - 1;
    const nps = clamp(2 * driver - 1 + (minor[0] >= 4 ? 1 : 0) + wobble, 0, 10);
    rows.push({ touchpointId: planted.id, occurredAt: at(0), externalId: `kd-${c}-${planted.id}`, customerRef, csat: driver });
    others.forEach((t, k) => rows.push({ touchpointId: t.id, occurredAt: at(1), externalId: `kd-${c}-${t.id}`, customerRef, csat: minor[k] }));
    // Every demo answer carries a CSAT (of the touchpoint itself: here the closing call, unrelated to the plant).
    rows.push({ touchpointId: outcome.id, occurredAt: at(2), externalId: `kd-${c}-${outcome.id}`, customerRef, nps, csat: 3 + Math.floor(rnd() * 3) });
  }
  return rows;
}

/**
 * The year as batches of at most BATCH_ROWS rows. `lastDay` is the newest day (UTC date string);
 * external ids depend only on the journey, touchpoint, day index and ordinal, so re-sending the
 * year (another day, another run) adds nothing that is already stored.
 */
export function demoFeedback(journeys: readonly DemoJourney[], lastDay: string, seed = 2026): DemoBatch[] {
  const rnd = randomStream(seed);
  const dip = dipTouchpoint(journeys);
  const end = Date.parse(`${lastDay}T00:00:00Z`);
  const rows: ({ kind: 'r'; row: Response } | { kind: 'o'; row: Observation })[] = [];
  for (const [j, journey] of journeys.entries()) {
    const retail = journey.templateKey.startsWith('retail/');
    const comments = retail ? COMMENTS.retail : COMMENTS.property;
    for (const [t, tp] of journey.touchpoints.entries()) {
      // Reality versus design: each touchpoint drifts up to ±1.2 emotion points from what the team drew.
      const drift = (rnd() - 0.5) * 0.8;
      const base = Math.max(-0.9, Math.min(0.9, 0.6 * (tp.emotion / 3) + drift));
      const keys = new Set(tp.metrics.map((m) => m.key));
      const carriesNps = keys.has('nps') || t === journey.touchpoints.length - 1;
      const carriesCes = keys.has('ces');
      const volume = 1.5 + rnd() * 2.5;
      const operational = tp.metrics.filter((m) => m.kind === 'duration' || m.kind === 'rate');
      for (let d = DEMO_DAYS - 1; d >= 0; d--) {
        const day = end - d * 86400000;
        const depth = tp.id === dip ? dipDepth(d) : 0;
        const mood = base - 0.8 * depth;
        // Weekends are quieter; a Poisson-like count from the touchpoint's volume.
        const weekday = new Date(day).getUTCDay();
        const count = Math.floor(volume * (weekday === 0 || weekday === 6 ? 0.6 : 1) + rnd());
        for (let k = 0; k < count; k++) {
          const at = new Date(day + (0 + Math.floor(rnd() * 13)) * 3600000 + Math.floor(rnd() * 3600) * 1000).toISOString();
          const { site: where, bias } = pickSite(rnd, retail);
          const site = where.code;
          // Customers score more kindly than a journey workshop feels (+0.4), and they vary (sd ≈ 0.5).
          const feel = mood + 0.4 + bias + noise(rnd) * 0.5;
          const r: Response = { touchpointId: tp.id, occurredAt: at, externalId: `${j}-${t}-${d}-${k}`, site, csat: clamp(3 + 2.4 * feel, 1, 5) };
          if (carriesNps || rnd() < 0.3) r.nps = clamp(5 + 5 * feel, 0, 10);
          if (carriesCes) r.ces = clamp(4 + 3 * feel, 1, 7);
          if (rnd() < 0.35) {
            const tone = feel > 0.55 ? 'positive' : feel < 0.05 ? 'negative' : 'neutral';
            const [language, text] = pick(rnd, comments[tone]);
            r.comment = text;
            r.language = language;
          }
          rows.push({ kind: 'r', row: r });
        }
        for (const m of operational) {
          const n = Math.floor(1 + rnd() * 2);
          for (let k = 0; k < n; k++) {
            const at = new Date(day + Math.floor(rnd() * 12) * 3600000).toISOString();
            const site = pickSite(rnd, retail).site.code;
            let value: number;
            if (m.kind === 'rate') value = rnd() < 0.88 - 0.35 * depth ? 1 : 0;
            else {
              // Minutes (or hours) to first response: lognormal around the SLA, three times slower in the dip.
              const typical = (tp.slaMinutes ?? (m.key.includes('resolution') || m.key.includes('refund') ? 20 : 30)) * 0.8 * (1 + 2 * depth);
              value = Math.round(typical * Math.exp(noise(rnd) * 0.45) * 10) / 10;
            }
            rows.push({ kind: 'o', row: { touchpointId: tp.id, metric: m.key, value, occurredAt: at, externalId: `${j}-${t}-${m.key}-${d}-${k}`, site } });
          }
        }
      }
    }
  }
  for (const row of keyDriverCohort(journeys, end, rnd)) rows.push({ kind: 'r', row });
  const batches: DemoBatch[] = [];
  for (let i = 0; i < rows.length; i += BATCH_ROWS) {
    const slice = rows.slice(i, i + BATCH_ROWS);
    batches.push({
      source: DEMO_SOURCE,
      responses: slice.flatMap((x) => (x.kind === 'r' ? [x.row] : [])),
      observations: slice.flatMap((x) => (x.kind === 'o' ? [x.row] : [])),
    });
  }
  return batches;
}
