import type { OpenAPIRegistry, RouteConfig } from '@asteasolutions/zod-to-openapi';
import { Router, type Request, type RequestHandler, type Response } from 'express';
import type { z } from 'zod';
import type { Actor, ResponseOf, RouteContract, SchemaAt } from '@qs/shared';
import { errorBodySchema } from '@qs/shared';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import { languageOf, type Lang } from '../i18n';
import { parse } from '../validate';

type Parsed<C, K extends 'params' | 'query' | 'body'> = [SchemaAt<C, K>] extends [never]
  ? undefined
  : z.output<SchemaAt<C, K>>;

type ActorOf<C> = C extends { access: 'signed-in' } ? Actor : Actor | undefined;

export interface RouteContext<C> {
  req: Request;
  res: Response;
  body: Parsed<C, 'body'>;
  query: Parsed<C, 'query'>;
  params: Parsed<C, 'params'>;
  actor: ActorOf<C>;
  /** The caller's language, for texts the answer carries (Accept-Language: Chinese by default). */
  lang: Lang;
  status(code: number): void;
}

/** A route's handler answers what its contract's response schema reads: `tsc` checks the server. */
export type Handler<C> = (ctx: RouteContext<C>) => Promise<ResponseOf<C>> | ResponseOf<C>;

export interface HandleOptions {
  /** Runs before authentication, e.g. rate limiters or an upload parser. */
  before?: RequestHandler[];
}

/**
 * A route as the steps a request goes through: load the records it names, authorize the actor on
 * them, run the command (a service), present the answer. Without `load` nothing is loaded (a
 * creation); without `command` the loaded records are the result (a read).
 */
export interface Pipeline<C, L, R> {
  load?: (ctx: RouteContext<C>) => Promise<L>;
  authorize: (ctx: RouteContext<C>, loaded: L) => Promise<void> | void;
  command?: (ctx: RouteContext<C>, loaded: L) => Promise<R>;
  present: (ctx: RouteContext<C>, result: R) => Promise<ResponseOf<C>> | ResponseOf<C>;
}

const errorContent = { 'application/json': { schema: errorBodySchema } };

function assertMember(actor: Actor): void {
  if (actor.role !== 'enterprise' || actor.organizationId) return;
  throw actor.membership === 'pending'
    ? new ForbiddenError({ code: 'membership_pending', key: 'membership_pending' })
    : new ForbiddenError({ code: 'membership_required', key: 'membership_required' });
}

/** An Express router serving the shared route contracts: validated, authenticated, documented. */
export class ApiRouter {
  readonly router = Router();
  /** The contracts handled so far, in order. */
  readonly handled = new Set<RouteContract>();

  constructor(
    private readonly registry: OpenAPIRegistry,
    private readonly basePath: string,
  ) {}

  handle<C extends RouteContract>(
    contract: C,
    handler: Handler<C>,
    options: HandleOptions = {},
  ): void {
    if (this.handled.has(contract))
      throw new Error(`${contract.method} ${contract.path} is handled twice`);
    this.handled.add(contract);
    this.document(contract);
    const run: RequestHandler = async (req, res) => {
      const actor = req.user as Actor | undefined;
      if (contract.access === 'signed-in' && !actor) throw new UnauthenticatedError();
      if (actor && contract.access === 'signed-in' && contract.membership !== 'optional')
        assertMember(actor);
      let status = contract.status ?? 200;
      const lang = languageOf(req.get('accept-language'));
      const ctx = {
        req,
        res,
        body: contract.body ? parse(contract.body, req.body ?? {}, '', lang) : undefined,
        query: contract.query ? parse(contract.query, req.query, 'query', lang) : undefined,
        params: contract.params ? parse(contract.params, req.params, '', lang) : undefined,
        actor,
        lang,
        status: (code: number) => {
          status = code;
        },
      } as RouteContext<C>;
      const result: unknown = await handler(ctx);
      if (res.headersSent) return;
      if (result === undefined) res.status(status === 200 ? 204 : status).end();
      else res.status(status).json(result);
    };
    this.router[contract.method](contract.path, ...(options.before ?? []), run);
  }

  /** Handles a contract with the steps of a `Pipeline`, in their order. */
  pipeline<C extends RouteContract, L = undefined, R = L>(
    contract: C,
    steps: Pipeline<C, L, R>,
    options: HandleOptions = {},
  ): void {
    this.handle(
      contract,
      async (ctx) => {
        const loaded = (await steps.load?.(ctx)) as L;
        await steps.authorize(ctx, loaded);
        const result = steps.command ? await steps.command(ctx, loaded) : (loaded as unknown as R);
        return steps.present(ctx, result);
      },
      options,
    );
  }

  private document(contract: RouteContract): void {
    const status = contract.status ?? 200;
    const responses: RouteConfig['responses'] = {
      [status]: contract.response
        ? { description: 'Success', content: { 'application/json': { schema: contract.response } } }
        : { description: 'Success' },
    };
    const errors = new Set([
      ...(contract.errors ?? []),
      ...(contract.body || contract.query ? [400] : []),
    ]);
    if (contract.access === 'signed-in') errors.add(401);
    if (contract.access === 'signed-in' && contract.membership !== 'optional') errors.add(403);
    for (const code of errors) responses[code] = { description: 'Error', content: errorContent };
    this.registry.registerPath({
      method: contract.method,
      path: this.basePath + contract.path.replace(/:(\w+)/g, '{$1}'),
      summary: contract.summary,
      tags: contract.tags,
      request: {
        ...(contract.body
          ? {
              body: {
                // A route may take its body as JSON or, with a file, as multipart.
                content: {
                  'application/json': { schema: contract.body, example: contract.example },
                  ...contract.bodyDoc?.content,
                },
              },
            }
          : contract.bodyDoc
            ? { body: contract.bodyDoc as NonNullable<RouteConfig['request']>['body'] }
            : {}),
        ...(contract.query ? { query: contract.query as z.ZodObject } : {}),
        ...(contract.params ? { params: contract.params as z.ZodObject } : {}),
      },
      responses,
    });
  }
}
