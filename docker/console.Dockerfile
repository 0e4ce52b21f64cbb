# OpenCX console — Next.js standalone output. Build from the repository root:
#   docker build -f docker/console.Dockerfile -t opencx-console .
# At run time OPENCX_API_URL points at the API (the console proxies GraphQL to it).
# `next build` with OPENCX_CONSOLE_STANDALONE=1 writes .next/standalone: the server and only the
# node_modules files it traced; the runtime image holds that, the static assets and nothing else.

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NX_NO_CLOUD=true NX_DAEMON=false NEXT_TELEMETRY_DISABLED=1 OPENCX_CONSOLE_STANDALONE=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN node node_modules/next/dist/bin/next build apps/console
# console-server.ts (+ client-address.ts) compiled to JavaScript beside the standalone server.
RUN mkdir -p apps/console/.next/standalone/apps/console/src/server && node -e "\
  const swc = require('@swc/core'), fs = require('fs'); \
  for (const f of ['console-server', 'client-address']) fs.writeFileSync('apps/console/.next/standalone/apps/console/src/server/' + f + '.js', \
    swc.transformFileSync('apps/console/src/server/' + f + '.ts', { swcrc: false, module: { type: 'commonjs' }, jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }).code);"

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3001 OPENCX_API_URL=http://api:3000 HOST=0.0.0.0
COPY --from=build --chown=node:node /app/apps/console/.next/standalone ./
COPY --from=build --chown=node:node /app/apps/console/.next/static ./apps/console/.next/static
COPY --chown=node:node docker/console-standalone.cjs ./console-standalone.cjs
USER node
EXPOSE 3001
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:3001/login').then(r=>process.exit(r.status<500?0:1)).catch(()=>process.exit(1))"
# console-server = `next start` that replaces the browser's X-Forwarded-For/-Proto with what the socket saw
# (or what a proxy listed in OPENCX_CONSOLE_TRUST_PROXY said), so the API's per-IP limits count real addresses.
CMD ["node", "console-standalone.cjs"]
