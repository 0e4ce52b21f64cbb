/**
 * What the published plugin SDK carries of the domain: everything except the parts that need
 * third-party packages at run time (the business calendar's holiday data, key drivers' matrix
 * algebra), so the SDK tarball installs with no dependency beyond the one it bundles.
 */
export * from './journey';
export * from './metric';
export * from './role';
export * from './locale';
export * from './core-metric';
export * from './journey-fields';
export * from './journey-fields.validation';
export * from './journey-document';
export * from './custom-lanes';
export * from './journey-personas';
export * from './map-view-settings';
export * from './journey-csv';
export * from './csv';
export * from './journey-document.validation';
export * from './metric-math';
export * from './error-code';
export * from './feedback';
export * from './core-version';
export * from './text';
export * from './measured-emotion';
export * from './significance';
export * from './follow-up-condition';
export * from './case-recovery';
export * from './action-impact';
export * from './improvement-action';
export * from './pain-point-evidence';
export * from './league-table';
export * from './priority';
