export * from './plugin-api';
// Parts that need third-party packages at run time (not carried by the plugin SDK):
export * from './business-calendar';
export * from './key-drivers';
export * from './research';
