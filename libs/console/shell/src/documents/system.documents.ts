import { graphql } from '@opencx/console-graphql';

export const SystemStatusQuery = graphql(`
  query SystemStatus {
    system {
      version
      nodeVersion
      startedAt
      database {
        reachable
        serverVersion
        migrationsApplied
        migrationsPending
      }
    }
  }
`);
