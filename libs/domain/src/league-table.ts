/**
 * Honest league tables for many small sites (DESIGN.md §3b): empirical-Bayes shrinkage of a share
 * towards the workspace's spread of sites. A Beta(α, β) prior is fitted to the sites' shares by the
 * method of moments (their variance less the binomial noise their sizes explain); a site's shrunk
 * share is the posterior mean (k + α)/(n + α + β) with a 95 % interval from Beta(k + α, n − k + β).
 * So three glowing answers sit near the workspace's typical share, while 300 answers speak for
 * themselves.
 */
import { incompleteBeta } from './significance';
import type { Interval } from './metric-math';

export interface BetaPrior {
  alpha: number;
  beta: number;
}

export interface SiteCount {
  /** Answers counted as a success (top-box, promoter, detractor…). */
  k: number;
  n: number;
}

/** Too few sites to learn a spread from: a Jeffreys Beta(½, ½), which barely moves any figure. */
export const JEFFREYS_PRIOR: BetaPrior = { alpha: 0.5, beta: 0.5 };
/** Sites whose shares differ no more than noise share one figure; the prior's weight is capped so it stays finite. */
const MAX_PRIOR_WEIGHT = 1e6;

/**
 * Method-of-moments Beta prior over sites with answers: m = mean of the sites' shares, v = their
 * sample variance, noise = m(1 − m) × mean(1/nᵢ) (what sampling alone would spread them by);
 * τ² = v − noise is the spread between sites, and α + β = m(1 − m)/τ² − 1. Fewer than 3 sites, or
 * all shares at 0 or 1, give the Jeffreys prior.
 */
export function fitBetaPrior(sites: readonly SiteCount[]): BetaPrior {
  const used = sites.filter((s) => s.n > 0);
  if (used.length < 3) return JEFFREYS_PRIOR;
  const shares = used.map((s) => s.k / s.n);
  const m = shares.reduce((a, b) => a + b, 0) / used.length;
  if (m <= 0 || m >= 1) return JEFFREYS_PRIOR;
  const v = shares.reduce((a, p) => a + (p - m) ** 2, 0) / (used.length - 1);
  const noise = (m * (1 - m) * used.reduce((a, s) => a + 1 / s.n, 0)) / used.length;
  const between = v - noise;
  const weight = between > 0 ? Math.min(MAX_PRIOR_WEIGHT, Math.max(0, (m * (1 - m)) / between - 1)) : MAX_PRIOR_WEIGHT;
  // A prior weaker than one answer in total adds nothing honest; keep the Jeffreys floor.
  if (weight < 1) return JEFFREYS_PRIOR;
  return { alpha: m * weight, beta: (1 - m) * weight };
}

/** Quantile q of Beta(a, b), by bisection on the regularized incomplete beta. */
export function betaQuantile(q: number, a: number, b: number): number {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (incompleteBeta(mid, a, b) < q) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export interface ShrunkShare {
  /** Raw share in % (null at n = 0). */
  raw: number | null;
  /** Posterior mean in %. */
  shrunk: number;
  /** 95 % equal-tailed posterior interval in %. */
  interval: Interval;
  n: number;
  /** Posterior Beta parameters (for combining shares, e.g. NPS). */
  a: number;
  b: number;
}

export function shrinkShare({ k, n }: SiteCount, prior: BetaPrior): ShrunkShare {
  const a = k + prior.alpha;
  const b = n - k + prior.beta;
  return {
    raw: n ? (100 * k) / n : null,
    shrunk: (100 * a) / (a + b),
    interval: { low: 100 * betaQuantile(0.025, a, b), high: 100 * betaQuantile(0.975, a, b) },
    n,
    a,
    b,
  };
}

const betaVariance = (a: number, b: number) => (a * b) / ((a + b) ** 2 * (a + b + 1));

export interface SiteNpsCount {
  promoters: number;
  detractors: number;
  n: number;
}

export interface ShrunkNps {
  raw: number | null;
  shrunk: number;
  interval: Interval;
  n: number;
}

/**
 * Shrunk NPS = shrunk promoters − shrunk detractors (each share with its own prior). Its interval is
 * a normal approximation: Var(P − D) = Var P + Var D − 2 Cov(P, D), with the Dirichlet covariance
 * −E[P]E[D]/(c + 1) at the mean concentration c of the two posteriors; clipped to −100…100.
 */
export function shrinkNps(site: SiteNpsCount, promoterPrior: BetaPrior, detractorPrior: BetaPrior): ShrunkNps {
  const p = shrinkShare({ k: site.promoters, n: site.n }, promoterPrior);
  const d = shrinkShare({ k: site.detractors, n: site.n }, detractorPrior);
  const mp = p.shrunk / 100;
  const md = d.shrunk / 100;
  const c = (p.a + p.b + d.a + d.b) / 2;
  const variance = betaVariance(p.a, p.b) + betaVariance(d.a, d.b) + (2 * mp * md) / (c + 1);
  const half = 1.959963984540054 * Math.sqrt(variance);
  const centre = mp - md;
  return {
    raw: site.n ? (100 * (site.promoters - site.detractors)) / site.n : null,
    shrunk: 100 * centre,
    interval: { low: Math.max(-100, 100 * (centre - half)), high: Math.min(100, 100 * (centre + half)) },
    n: site.n,
  };
}

/** 1-based ranks by a value, best first (ties share the better rank). */
export function rankBy<T>(items: readonly T[], value: (t: T) => number, direction: 'higher_is_better' | 'lower_is_better' = 'higher_is_better'): number[] {
  const sign = direction === 'higher_is_better' ? -1 : 1;
  const order = items.map((t, i) => ({ v: value(t), i })).sort((x, y) => sign * (x.v - y.v));
  const ranks = new Array<number>(items.length);
  order.forEach((o, pos) => {
    ranks[o.i] = pos > 0 && order[pos - 1].v === o.v ? ranks[order[pos - 1].i] : pos + 1;
  });
  return ranks;
}
