import { graphql } from '@opencx/console-graphql';

/** Public: anyone may ask (the home page for visitors). */
export const SystemStatusQuery = graphql(`
  query SystemStatus {
    system {
      version
      ready
      database {
        reachable
      }
    }
  }
`);

/** Workspace admins: runtime and database versions, migrations. */
export const SystemDetailsQuery = graphql(`
  query SystemDetails {
    systemDetails {
      nodeVersion
      startedAt
      database {
        serverVersion
        migrationsApplied
        migrationsPending
      }
      pluginContentChanges {
        pluginId
        version
        templateKeys
      }
    }
  }
`);
