export * from './add-team-member.input';
export * from './create-api-token.input';
export * from './create-team.input';
export * from './create-workspace.input';
export * from './invite-member.input';
export * from './login.input';
export * from './sign-up.input';
export * from './update-member-role.input';
