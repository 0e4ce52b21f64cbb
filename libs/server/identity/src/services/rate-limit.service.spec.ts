import { rateLimited } from './rate-limit.service';
import { parseInvitationToken } from './invitation.service';

describe('rateLimited', () => {
  it('says how long to wait in words and in whole seconds', () => {
    expect(rateLimited(899.2)).toMatchObject({ code: 'RATE_LIMITED', message: 'Too many attempts; try again in 15 minutes', details: { retryAfterSeconds: 900 } });
    expect(rateLimited(42.1)).toMatchObject({ message: 'Too many attempts; try again in 43 seconds', details: { retryAfterSeconds: 43 } });
    expect(rateLimited(0)).toMatchObject({ message: 'Too many attempts; try again in 1 second', details: { retryAfterSeconds: 1 } });
  });
});

describe('parseInvitationToken', () => {
  const ws = '0b9a8c1e-5d2f-4e6a-9b7c-1d2e3f4a5b6c';
  it('splits the workspace id from the secret', () => {
    expect(parseInvitationToken(`${ws.toUpperCase()}.ocx_i_abc-_`)).toEqual({ workspaceId: ws, secret: 'ocx_i_abc-_' });
  });
  it.each(['', 'ocx_i_abc', `${ws}`, `${ws}.`, `${ws}.ocx_s_abc`, `nope.ocx_i_abc`, `${ws}.ocx_i_${'a'.repeat(200)}`])('refuses %j naming the token', (token) => {
    expect(() => parseInvitationToken(token)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: expect.objectContaining({ field: 'token' }) }));
  });
});
