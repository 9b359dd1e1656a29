import type { FastifyReply, FastifyRequest } from 'fastify';

/** The HTTP platform's request and reply (Fastify), named once for controllers and filters. */
export type HttpRequest = FastifyRequest;
export type HttpReply = FastifyReply;

/** The path of a request, without its query string (query strings may carry names: never logged). */
export function pathOf(request: { url: string }): string {
  const query = request.url.indexOf('?');
  return query === -1 ? request.url : request.url.slice(0, query);
}
