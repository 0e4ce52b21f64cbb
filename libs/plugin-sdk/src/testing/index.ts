export * from './describe-plugin-contract';
export * from './plugin-contract-checks';
export * from './plugin-contract-inspections';
export * from './plugin-manifest.builder';
export * from './deep-mutable';
