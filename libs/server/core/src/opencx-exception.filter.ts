import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { OpenCxError } from './opencx-error';

interface HttpReply {
  status(code: number): HttpReply;
  send(body: unknown): unknown;
}

/** REST routes answer an OpenCxError with its status and `{ error: { code, message, field? } }`; GraphQL passes it through. */
@Catch(OpenCxError)
export class OpenCxExceptionFilter implements ExceptionFilter {
  catch(error: OpenCxError, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'http') return error;
    const reply = host.switchToHttp().getResponse<HttpReply>();
    return reply.status(error.httpStatus).send({ error: { code: error.code, message: error.message, ...error.details } });
  }
}
