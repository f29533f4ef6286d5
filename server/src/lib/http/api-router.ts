import type { OpenAPIRegistry, RouteConfig } from '@asteasolutions/zod-to-openapi';
import { Router, type Request, type RequestHandler, type Response } from 'express';
import type { z } from 'zod';
import type { Actor } from '@qs/shared';
import { errorBodySchema } from '@qs/shared';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import { parse } from '../validate';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Access = 'public' | 'signed-in';
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteSpec<B, Q, P, A extends Access> {
  method: Method;
  path: string;
  summary: string;
  tags: string[];
  access: A;
  /**
   * Enterprise accounts act for their organization only once their membership is active; by
   * default every route refuses the others (403 `membership_pending`). `optional` opens a route
   * to them: their own account, notifications and reference data.
   */
  membership?: 'required' | 'optional';
  body?: B;
  query?: Q;
  params?: P;
  /** Success status; the handler may still choose another through `ctx.status`. */
  status?: number;
  response?: z.ZodType;
  /** Extra statuses this route answers, for the documentation. */
  errors?: number[];
  /** Runs before authentication, e.g. rate limiters or an upload parser. */
  before?: RequestHandler[];
  /** The body is not JSON (e.g. multipart); documented by `bodyDoc`. */
  bodyDoc?: NonNullable<RouteConfig['request']>['body'];
}

export interface RouteContext<B, Q, P, A extends Access> {
  req: Request;
  res: Response;
  body: Out<B>;
  query: Out<Q>;
  params: Out<P>;
  actor: A extends 'signed-in' ? Actor : Actor | undefined;
  status(code: number): void;
}

/**
 * A JSON body comes with an example, typed by its schema: the documentation shows it, and the
 * security suite sends it to every route as every outsider, so that a new route is covered
 * without writing a test. Ids in it are replaced by the suite's by field name.
 */
type ExampleOf<B> = B extends z.ZodType ? { example: z.input<B> } : { example?: undefined };

type Handler<B, Q, P, A extends Access> = (
  ctx: RouteContext<B, Q, P, A>,
) => Promise<unknown> | unknown;

const errorContent = { 'application/json': { schema: errorBodySchema } };

function assertMember(actor: Actor): void {
  if (actor.role !== 'enterprise' || actor.organizationId) return;
  throw actor.membership === 'pending'
    ? new ForbiddenError({
        code: 'membership_pending',
        message: 'Your request to join the organization is waiting for approval',
      })
    : new ForbiddenError({
        code: 'membership_required',
        message: 'Join or create an organization first',
      });
}

/** An Express router whose routes validate, authenticate and document themselves from one spec. */
export class ApiRouter {
  readonly router = Router();

  constructor(
    private readonly registry: OpenAPIRegistry,
    private readonly basePath: string,
  ) {}

  route<
    B extends z.ZodType | undefined = undefined,
    Q extends z.ZodType | undefined = undefined,
    P extends z.ZodType | undefined = undefined,
    A extends Access = 'signed-in',
  >(spec: RouteSpec<B, Q, P, A> & ExampleOf<B>, handler: Handler<B, Q, P, A>): void {
    this.document(spec);
    const run: RequestHandler = async (req, res) => {
      const actor = req.user as Actor | undefined;
      if (spec.access === 'signed-in' && !actor) throw new UnauthenticatedError();
      if (actor && spec.access === 'signed-in' && spec.membership !== 'optional')
        assertMember(actor);
      let status = spec.status ?? 200;
      const ctx = {
        req,
        res,
        body: (spec.body ? parse(spec.body, req.body ?? {}) : undefined) as Out<B>,
        query: (spec.query ? parse(spec.query, req.query, 'query') : undefined) as Out<Q>,
        params: (spec.params ? parse(spec.params, req.params) : undefined) as Out<P>,
        actor: actor as RouteContext<B, Q, P, A>['actor'],
        status: (code: number) => {
          status = code;
        },
      };
      const result = await handler(ctx);
      if (res.headersSent) return;
      if (result === undefined) res.status(status === 200 ? 204 : status).end();
      else res.status(status).json(result);
    };
    this.router[spec.method](spec.path, ...(spec.before ?? []), run);
  }

  private document<B, Q, P, A extends Access>(
    spec: RouteSpec<B, Q, P, A> & { example?: unknown },
  ): void {
    const status = spec.status ?? 200;
    const responses: RouteConfig['responses'] = {
      [status]: spec.response
        ? { description: 'Success', content: { 'application/json': { schema: spec.response } } }
        : { description: 'Success' },
    };
    const errors = new Set([...(spec.errors ?? []), ...(spec.body || spec.query ? [400] : [])]);
    if (spec.access === 'signed-in') errors.add(401);
    if (spec.access === 'signed-in' && spec.membership !== 'optional') errors.add(403);
    for (const code of errors) responses[code] = { description: 'Error', content: errorContent };
    this.registry.registerPath({
      method: spec.method,
      path: this.basePath + spec.path.replace(/:(\w+)/g, '{$1}'),
      summary: spec.summary,
      tags: spec.tags,
      request: {
        ...(spec.body
          ? {
              body: {
                content: {
                  'application/json': {
                    schema: spec.body as unknown as z.ZodType,
                    example: spec.example,
                  },
                },
              },
            }
          : spec.bodyDoc
            ? { body: spec.bodyDoc }
            : {}),
        ...(spec.query ? { query: spec.query as unknown as z.ZodObject } : {}),
        ...(spec.params ? { params: spec.params as unknown as z.ZodObject } : {}),
      },
      responses,
    });
  }
}
