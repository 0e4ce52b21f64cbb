import type { ApolloServerPlugin } from '@apollo/server';

/**
 * A GraphQL answer that carries a RATE_LIMITED error gets the HTTP `Retry-After` header too (the
 * longest wait among its errors), so HTTP clients and proxies can back off without reading the body.
 */
export function retryAfterPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          let wait = 0;
          for (const error of response.body.singleResult.errors ?? []) {
            const seconds = error.extensions?.['retryAfterSeconds'];
            if (error.extensions?.['code'] === 'RATE_LIMITED' && typeof seconds === 'number') wait = Math.max(wait, Math.ceil(seconds));
          }
          if (wait > 0) response.http.headers.set('retry-after', String(wait));
        },
      };
    },
  };
}
