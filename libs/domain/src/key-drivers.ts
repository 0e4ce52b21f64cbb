/**
 * Key-driver importance of DESIGN.md §3b: Johnson's (2000) relative weights. The drivers'
 * correlation matrix R = V Λ Vᵀ is eigen-decomposed; Λ½ = V Λ^½ Vᵀ relates the drivers to their
 * closest orthogonal counterparts Z; the outcome regressed on Z gives β = Λ½⁻¹ r_xy, and driver j's
 * weight is Σₖ (Λ½)ⱼₖ² βₖ². The weights are non-negative and sum to the model's R², so each one
 * reads as that driver's share of the explained variance even when drivers are correlated.
 */
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';

/** Fewer complete cases than this and a weight is noise; the analysis is reported as not enough data. */
export const KEY_DRIVER_MIN_N = 50;

export interface RelativeWeights {
  /** Raw weight per driver (sums to rSquared). */
  weights: number[];
  /** Weight ÷ R² per driver (sums to 1 when R² > 0). */
  shares: number[];
  rSquared: number;
  /** Pearson r of each driver with the outcome. */
  correlations: number[];
}

/** Relative weights from the drivers' correlation matrix and their correlations with the outcome. */
export function relativeWeightsFromCorrelations(rxx: readonly (readonly number[])[], rxy: readonly number[]): RelativeWeights {
  const p = rxy.length;
  if (p === 0) return { weights: [], shares: [], rSquared: 0, correlations: [] };
  if (rxx.length !== p || rxx.some((row) => row.length !== p)) throw new RangeError('correlation matrix must be p × p for p drivers');
  const evd = new EigenvalueDecomposition(new Matrix(rxx.map((r) => [...r])), { assumeSymmetric: true });
  const vectors = evd.eigenvectorMatrix;
  // A singular R (a driver that is a copy of another) has a zero eigenvalue; its component carries no variance.
  const eig = evd.realEigenvalues.map((l) => Math.max(l, 0));
  const lambdaHalf = new Matrix(p, p);
  const lambdaHalfInv = new Matrix(p, p);
  for (let i = 0; i < p; i++)
    for (let j = 0; j < p; j++) {
      let s = 0;
      let sInv = 0;
      for (let k = 0; k < p; k++) {
        const vv = vectors.get(i, k) * vectors.get(j, k);
        s += vv * Math.sqrt(eig[k]);
        if (eig[k] > 1e-12) sInv += vv / Math.sqrt(eig[k]);
      }
      lambdaHalf.set(i, j, s);
      lambdaHalfInv.set(i, j, sInv);
    }
  const beta = lambdaHalfInv.mmul(Matrix.columnVector([...rxy])).to1DArray();
  const weights = Array.from({ length: p }, (_, j) => {
    let w = 0;
    for (let k = 0; k < p; k++) w += lambdaHalf.get(j, k) ** 2 * beta[k] ** 2;
    return w;
  });
  const rSquared = weights.reduce((a, b) => a + b, 0);
  return { weights, shares: weights.map((w) => (rSquared > 0 ? w / rSquared : 0)), rSquared, correlations: [...rxy] };
}

/** Pearson correlation of two equally long series; 0 when either is constant. */
export function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  if (n !== y.length) throw new RangeError('series differ in length');
  if (n < 2) return 0;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

/**
 * Relative weights from complete cases: `drivers[i][j]` is case i's score on driver j, `outcome[i]`
 * its outcome. A driver that never varies explains nothing and gets weight 0 (it is kept out of R,
 * which it would make singular).
 */
export function relativeWeights(drivers: readonly (readonly number[])[], outcome: readonly number[]): RelativeWeights {
  const p = drivers[0]?.length ?? 0;
  if (drivers.length !== outcome.length) throw new RangeError('one outcome per case');
  const columns = Array.from({ length: p }, (_, j) => drivers.map((row) => row[j]));
  const varies = columns.map((c) => c.some((v) => v !== c[0]));
  const kept = columns.map((_, j) => j).filter((j) => varies[j]);
  const rxx = kept.map((a) => kept.map((b) => (a === b ? 1 : pearson(columns[a], columns[b]))));
  const rxy = kept.map((j) => pearson(columns[j], outcome));
  const sub = relativeWeightsFromCorrelations(rxx, rxy);
  const weights = new Array<number>(p).fill(0);
  const shares = new Array<number>(p).fill(0);
  const correlations = new Array<number>(p).fill(0);
  kept.forEach((j, i) => {
    weights[j] = sub.weights[i];
    shares[j] = sub.shares[i];
    correlations[j] = sub.correlations[i];
  });
  return { weights, shares, rSquared: sub.rSquared, correlations };
}
