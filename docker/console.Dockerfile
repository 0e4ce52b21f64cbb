# OpenCX console — Next.js. Build from the repository root:
#   docker build -f docker/console.Dockerfile -t opencx-console .
# At run time OPENCX_API_URL points at the API (the console proxies GraphQL to it).

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NX_NO_CLOUD=true NX_DAEMON=false NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
RUN node node_modules/next/dist/bin/next build apps/console

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3001 OPENCX_API_URL=http://api:3000
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/package.json /app/tsconfig.json /app/tsconfig.base.json ./
COPY --from=build --chown=node:node /app/apps/console ./apps/console
COPY --from=build --chown=node:node /app/libs ./libs
USER node
EXPOSE 3001
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:3001/login').then(r=>process.exit(r.status<500?0:1)).catch(()=>process.exit(1))"
# console-server.ts = `next start` that replaces the browser's X-Forwarded-For/-Proto with what the socket saw
# (or what a proxy listed in OPENCX_CONSOLE_TRUST_PROXY said), so the API's per-IP limits count real addresses.
ENV HOST=0.0.0.0
CMD ["node", "-r", "@swc-node/register", "apps/console/src/server/console-server.ts"]
