import { randomUUID } from 'node:crypto';
import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { OpenCxError } from './opencx-error';
import { INTERNAL_ERROR_MESSAGE, describeError } from './error-masking';

interface HttpReply {
  status(code: number): HttpReply;
  header(name: string, value: string): HttpReply;
  send(body: unknown): unknown;
}

/**
 * REST routes answer an OpenCxError with its status and `{ error: { code, message, field? } }`, Nest's
 * own HTTP errors (unknown route, …) as Nest would, and anything else as a 500 with a request id only:
 * the full error is logged under that id, the database's words never reach the client. GraphQL errors
 * pass through to Apollo, whose `formatError` masks them the same way.
 */
@Catch()
export class OpenCxExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(error: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'http') {
      if (error instanceof Error) return error;
      throw error;
    }
    const reply = host.switchToHttp().getResponse<HttpReply>();
    if (error instanceof OpenCxError) {
      const wait = error.details['retryAfterSeconds'];
      if (error.code === 'RATE_LIMITED' && typeof wait === 'number') reply.header('retry-after', String(Math.ceil(wait)));
      return reply.status(error.httpStatus).send({ error: { code: error.code, message: error.message, ...error.details } });
    }
    if (error instanceof HttpException) {
      const body = error.getResponse();
      return reply.status(error.getStatus()).send(typeof body === 'string' ? { statusCode: error.getStatus(), message: body } : body);
    }
    const request = host.switchToHttp().getRequest<{ id?: unknown }>();
    const requestId = typeof request?.id === 'string' ? request.id : randomUUID();
    const { message, stack } = describeError(error);
    this.logger.error(`request ${requestId}: ${message}`, stack);
    return reply.status(500).send({ error: { code: 'INTERNAL_SERVER_ERROR', message: INTERNAL_ERROR_MESSAGE, requestId } });
  }
}
