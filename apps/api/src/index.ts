export { startApi, StartupError, type RunningApi } from './start-api';
export { loadConfig, ConfigError, type ApiConfig } from './config';
export { JsonLogger } from './json-logger';
