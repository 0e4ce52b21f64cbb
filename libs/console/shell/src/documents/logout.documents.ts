import { graphql } from '@opencx/console-graphql';

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
