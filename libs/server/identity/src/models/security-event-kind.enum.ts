import { registerEnumType } from '@nestjs/graphql';

export enum SecurityEventKindEnum {
  sign_up = 'sign_up',
  sign_up_existing_email = 'sign_up_existing_email',
  login_succeeded = 'login_succeeded',
  login_failed = 'login_failed',
  login_rate_limited = 'login_rate_limited',
  logout = 'logout',
  session_revoked = 'session_revoked',
  invitation_accepted = 'invitation_accepted',
  api_token_new_ip = 'api_token_new_ip',
  role_changed = 'role_changed',
}
registerEnumType(SecurityEventKindEnum, { name: 'SecurityEventKind' });
