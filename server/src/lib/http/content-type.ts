import type { RequestHandler } from 'express';
import { UnsupportedMediaTypeError } from '../errors';

/** A request body must be JSON, or multipart where a route takes uploads; anything else is a 415. */
export const requireJsonOrMultipart: RequestHandler = (req, _res, next) => {
  const hasBody =
    Number(req.headers['content-length'] ?? 0) > 0 ||
    req.headers['transfer-encoding'] !== undefined;
  if (!hasBody || req.is(['application/json', 'application/*+json', 'multipart/form-data']))
    return next();
  next(
    new UnsupportedMediaTypeError(
      req.headers['content-type']
        ? { key: 'send_json', params: { contentType: req.headers['content-type'] } }
        : { key: 'send_json_untyped' },
    ),
  );
};
