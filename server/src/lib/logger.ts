import { pino, type DestinationStream, type Logger } from 'pino';

export type { DestinationStream, Logger } from 'pino';

/** Logs to stdout unless given another destination (tests read what was logged). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        '*.password',
      ],
      remove: true,
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
