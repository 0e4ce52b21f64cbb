export * from './identity.module';
export * from './entities';
export { AccessGuard, SESSION_COOKIE, WORKSPACE_HEADER } from './auth/access.guard';
export { WorkspaceService } from './services/workspace.service';
export { RateLimitService } from './services/rate-limit.service';
export { IdentityDirectory } from './services/identity-directory.service';
export { RoleEnum } from './models';
export { SecurityEventService } from './services/security-event.service';
export { DEFAULT_IDENTITY_OPTIONS, type IdentityOptions } from './identity-options';
