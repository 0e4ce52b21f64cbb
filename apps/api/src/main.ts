import { ConfigError, loadConfig } from './config';
import { JsonLogger } from './json-logger';
import { StartupError, startApi } from './start-api';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`opencx-api: configuration error: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const logger = new JsonLogger(config.logLevel);
  // A signal during start-up is kept and acted on once the API (and its embedded cluster) is up,
  // so what start-up began is stopped in order rather than left running.
  let signalled: string | null = null;
  let onSignal = (signal: string) => void (signalled = signal);
  process.once('SIGTERM', () => onSignal('SIGTERM'));
  process.once('SIGINT', () => onSignal('SIGINT'));
  let api;
  try {
    api = await startApi(config, logger);
  } catch (error) {
    if (error instanceof StartupError) {
      console.error(`opencx-api: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  logger.info('OpenCX API listening', { url: api.url, graphql: `${api.url}/graphql` });

  const shutdown = async (signal: string) => {
    logger.info('shutting down', { signal });
    const started = Date.now();
    const timer = setTimeout(() => {
      logger.error(`shutdown did not finish within ${config.shutdownTimeoutMs} ms (OPENCX_SHUTDOWN_TIMEOUT_MS)`);
      process.exit(1);
    }, config.shutdownTimeoutMs);
    timer.unref();
    try {
      await api.close();
    } catch (error) {
      logger.error(`shutdown failed: ${error instanceof Error ? error.message : String(error)}`, error instanceof Error ? error.stack : undefined);
      process.exit(1);
    }
    logger.info('stopped', { ms: Date.now() - started });
    process.exit(0);
  };
  onSignal = (signal) => void shutdown(signal);
  if (signalled) onSignal(signalled);
}

void main();
