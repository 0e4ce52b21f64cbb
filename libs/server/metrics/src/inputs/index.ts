export * from './journey-kpis.args';
export * from './kpi-alerts.args';
export * from './kpis.args';
export * from './segment-comparison.args';
