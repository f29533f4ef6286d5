import type { z } from 'zod';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type Access = 'public' | 'signed-in';
type Schema = z.ZodType | undefined;

/** A request body that is not JSON (a multipart upload), documented as an OpenAPI body object. */
export interface BodyDoc {
  content: Record<string, { schema: Record<string, unknown> }>;
}

/**
 * One route of the API, declared once for the server (which validates, authorizes and documents
 * from it) and the client (which builds the request and checks the answer from it).
 */
export interface RouteContract<
  M extends HttpMethod = HttpMethod,
  A extends Access = Access,
  P extends Schema = Schema,
  Q extends Schema = Schema,
  B extends Schema = Schema,
  R extends Schema = Schema,
  U extends BodyDoc | undefined = BodyDoc | undefined,
> {
  method: M;
  /** Express-style, with `:name` parameters, under the API base path. */
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
  params?: P;
  query?: Q;
  body?: B;
  /** A JSON body's example, typed by its schema (see `defineRoute`). */
  example?: B extends z.ZodType ? z.input<B> : undefined;
  bodyDoc?: U;
  /** Success status; the handler may still choose another. */
  status?: number;
  /** The JSON answer; a route without one answers 204 or something other than JSON (CSV). */
  response?: R;
  /** Extra statuses this route answers, for the documentation. */
  errors?: number[];
}

/**
 * A JSON body comes with an example, typed by its schema: the documentation shows it, and the
 * security suite sends it to every route as every outsider, so that a new route is covered
 * without writing a test. Ids in it are replaced by the suite's by field name.
 */
type ExampleOf<B> = B extends z.ZodType ? { example: z.input<B> } : { example?: undefined };

export function defineRoute<
  M extends HttpMethod,
  A extends Access,
  P extends Schema = undefined,
  Q extends Schema = undefined,
  B extends Schema = undefined,
  R extends Schema = undefined,
  U extends BodyDoc | undefined = undefined,
>(route: RouteContract<M, A, P, Q, B, R, U> & ExampleOf<B>): RouteContract<M, A, P, Q, B, R, U> {
  return route;
}

/** The schema a route declares at `key`; `never` when it declares none. */
export type SchemaAt<C, K extends 'params' | 'query' | 'body' | 'response'> = K extends keyof C
  ? Extract<C[K], z.ZodType>
  : never;

/** What a route answers: the JSON its response schema reads, or nothing. */
export type ResponseOf<C> = [SchemaAt<C, 'response'>] extends [never]
  ? void
  : z.input<SchemaAt<C, 'response'>>;

/** Every route of a contract tree, depth first. */
export function listRoutes(tree: ContractTree): RouteContract[] {
  return Object.values(tree).flatMap((node) => (isRoute(node) ? [node] : listRoutes(node)));
}

export interface ContractTree {
  [name: string]: RouteContract | ContractTree;
}

function isRoute(node: RouteContract | ContractTree): node is RouteContract {
  return typeof node.method === 'string' && typeof node.path === 'string';
}
