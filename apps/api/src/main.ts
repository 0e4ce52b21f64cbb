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
    const timer = setTimeout(() => process.exit(1), 15000);
    timer.unref();
    await api.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

void main();
