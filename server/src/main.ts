import { ConfigError } from './config/env';
import { startPlatform } from './server';

/**
 * After a signal the server keeps serving this long before it closes: a request already sent may
 * still sit unread on a socket just accepted, and closing cuts such a socket as idle.
 */
const SETTLE_MS = 1_000;

try {
  const platform = await startPlatform();
  const stop = (signal: string) => {
    platform.logger.info({ signal }, 'shutting down');
    // Keep-alive clients are told to reconnect elsewhere meanwhile.
    platform.httpServer.prependListener('request', (_req, res) => {
      res.setHeader('connection', 'close');
    });
    setTimeout(() => {
      platform.close().then(
        () => process.exit(0),
        (err: unknown) => {
          platform.logger.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
    }, SETTLE_MS);
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  process.on('unhandledRejection', (err) => platform.logger.error({ err }, 'unhandled rejection'));
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
}
