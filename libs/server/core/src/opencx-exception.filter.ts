import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { OpenCxError } from './opencx-error';

interface HttpReply {
  status(code: number): HttpReply;
  header(name: string, value: string): HttpReply;
  send(body: unknown): unknown;
}

/**
 * REST routes answer an OpenCxError with its status and `{ error: { code, message, field? } }` (and
 * `Retry-After` when rate limited); GraphQL passes it through.
 */
@Catch(OpenCxError)
export class OpenCxExceptionFilter implements ExceptionFilter {
  catch(error: OpenCxError, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'http') return error;
    const reply = host.switchToHttp().getResponse<HttpReply>();
    const wait = error.details['retryAfterSeconds'];
    if (error.code === 'RATE_LIMITED' && typeof wait === 'number') reply.header('retry-after', String(Math.ceil(wait)));
    return reply.status(error.httpStatus).send({ error: { code: error.code, message: error.message, ...error.details } });
  }
}
