import { pearson, relativeWeights, relativeWeightsFromCorrelations } from './key-drivers';

describe("Johnson's relative weights", () => {
  it('two correlated drivers: the eigen-decomposition done by hand', () => {
    // R = [[1, r], [r, 1]] has eigenvalues 1 ± r with eigenvectors (1, ±1)/√2, so
    // Λ½ = V diag(√(1+r), √(1−r)) Vᵀ = [[a, b], [b, a]], a = (√(1+r) + √(1−r))/2, b = (√(1+r) − √(1−r))/2.
    const r = 0.5;
    const r1 = 0.6;
    const r2 = 0.3;
    const a = (Math.sqrt(1 + r) + Math.sqrt(1 - r)) / 2;
    const b = (Math.sqrt(1 + r) - Math.sqrt(1 - r)) / 2;
    const det = a * a - b * b; // = √(1 − r²)
    expect(det).toBeCloseTo(Math.sqrt(1 - r * r), 12);
    const beta1 = (a * r1 - b * r2) / det;
    const beta2 = (a * r2 - b * r1) / det;
    const e1 = a * a * beta1 * beta1 + b * b * beta2 * beta2;
    const e2 = b * b * beta1 * beta1 + a * a * beta2 * beta2;
    // R² of the two-predictor regression from correlations.
    const r2ols = (r1 * r1 + r2 * r2 - 2 * r * r1 * r2) / (1 - r * r);

    const got = relativeWeightsFromCorrelations(
      [
        [1, r],
        [r, 1],
      ],
      [r1, r2],
    );
    expect(got.weights[0]).toBeCloseTo(e1, 10);
    expect(got.weights[1]).toBeCloseTo(e2, 10);
    expect(got.rSquared).toBeCloseTo(r2ols, 10);
    expect(e1 + e2).toBeCloseTo(r2ols, 10);
    expect(got.shares[0] + got.shares[1]).toBeCloseTo(1, 12);
    expect(got.shares[0]).toBeCloseTo(e1 / r2ols, 10);
  });

  it('uncorrelated drivers: each weight is its squared correlation', () => {
    const got = relativeWeightsFromCorrelations(
      [
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1],
      ],
      [0.5, -0.3, 0.1],
    );
    expect(got.weights[0]).toBeCloseTo(0.25, 12);
    expect(got.weights[1]).toBeCloseTo(0.09, 12);
    expect(got.weights[2]).toBeCloseTo(0.01, 12);
    expect(got.rSquared).toBeCloseTo(0.35, 12);
  });

  it('three drivers from raw scores: weights sum to the least-squares R² and the planted driver leads', () => {
    // y = 2·x1 + 0.5·x2 + noise-free pattern on x3 (x3 unrelated by construction).
    const x1 = [1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 2, 4];
    const x2 = [2, 1, 4, 3, 5, 5, 3, 1, 2, 4, 3, 3];
    const x3 = [3, 3, 1, 5, 2, 4, 1, 5, 2, 4, 5, 1];
    const noise = [0.3, -0.2, 0.1, -0.4, 0.2, 0.1, -0.3, 0.4, -0.1, 0.2, -0.2, 0.1];
    const y = x1.map((v, i) => 2 * v + 0.5 * x2[i] + noise[i]);
    const rows = x1.map((v, i) => [v, x2[i], x3[i]]);
    const got = relativeWeights(rows, y);

    // Independent R²: ordinary least squares by the normal equations (Gauss–Jordan on [XᵀX | Xᵀy]).
    const X = rows.map((r) => [1, ...r]);
    const k = 4;
    const A = Array.from({ length: k }, (_, i) => [...Array.from({ length: k }, (_, j) => X.reduce((s, r) => s + r[i] * r[j], 0)), X.reduce((s, r, n) => s + r[i] * y[n], 0)]);
    for (let c = 0; c < k; c++) {
      const piv = A[c][c];
      for (let j = 0; j <= k; j++) A[c][j] /= piv;
      for (let r = 0; r < k; r++) if (r !== c) {
        const f = A[r][c];
        for (let j = 0; j <= k; j++) A[r][j] -= f * A[c][j];
      }
    }
    const coef = A.map((r) => r[k]);
    const fitted = X.map((r) => r.reduce((s, v, j) => s + v * coef[j], 0));
    const my = y.reduce((a, b) => a + b, 0) / y.length;
    const sst = y.reduce((s, v) => s + (v - my) ** 2, 0);
    const sse = y.reduce((s, v, i) => s + (v - fitted[i]) ** 2, 0);
    const r2 = 1 - sse / sst;

    expect(got.rSquared).toBeCloseTo(r2, 8);
    expect(got.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(r2, 8);
    expect(got.weights[0]).toBeGreaterThan(got.weights[1]);
    expect(got.weights[1]).toBeGreaterThan(got.weights[2]);
    expect(got.weights.every((w) => w >= 0)).toBe(true);
  });

  it('one driver: its weight is r², and a constant driver gets 0', () => {
    const x = [1, 2, 3, 4, 5];
    const y = [2, 1, 4, 3, 5];
    // r by hand: means 3 and 3; Σdxdy = 8, Σdx² = 10, Σdy² = 10 → r = 0.8
    expect(pearson(x, y)).toBeCloseTo(0.8, 12);
    const one = relativeWeights(x.map((v) => [v]), y);
    expect(one.weights[0]).toBeCloseTo(0.64, 12);
    expect(one.rSquared).toBeCloseTo(0.64, 12);
    const withConstant = relativeWeights(x.map((v) => [v, 3]), y);
    expect(withConstant.weights).toEqual([expect.closeTo(0.64, 12), 0]);
  });
});
