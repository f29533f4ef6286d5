import type { Request, RequestHandler } from 'express';
import { csrfSync } from 'csrf-sync';

/** Register and login are exempt: they are what creates the session the token lives in. */
const EXEMPT = new Set(['/api/v1/auth/register', '/api/v1/auth/login']);

const csrf = csrfSync({
  getTokenFromRequest: (req) => req.get('x-csrf-token'),
  skipCsrfProtection: (req) => EXEMPT.has(req.originalUrl.split('?')[0] ?? ''),
});

/** Synchronizer-token CSRF protection for every state-changing request. */
export const csrfProtection: RequestHandler = csrf.csrfSynchronisedProtection;

/** The session's token, created on first use. */
export function csrfToken(req: Request): string {
  return csrf.generateToken(req);
}
