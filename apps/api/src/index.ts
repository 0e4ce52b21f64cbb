export { startApi, StartupError, type RunningApi, type StartApiOptions } from './start-api';
export { BUILT_IN_PLUGINS } from './plugins';
export { loadConfig, ConfigError, type ApiConfig } from './config';
export { JsonLogger } from './json-logger';
