# syntax=docker/dockerfile:1
#
# Mamori production image: the API (NestJS on Fastify) serving the built Angular app on one origin.
# Needs DATABASE_URL at run time (see docker-compose.yml and README.md); the embedded PostgreSQL is
# for local use only and is refused when NODE_ENV=production.

ARG NODE_IMAGE=node:20-bookworm-slim
# npm 11 honours package.json#allowScripts with strict-allow-scripts (.npmrc); the npm bundled with
# Node 20 does not and would run every install script.
ARG NPM_VERSION=11.19.1

# ---- base: Node plus the npm version the lockfile is written for ------------------------------
FROM ${NODE_IMAGE} AS base
ARG NPM_VERSION
ENV NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false
RUN npm install --global "npm@${NPM_VERSION}" && npm --version
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY backend/package.json backend/
COPY frontend/package.json frontend/
COPY test/package.json test/

# ---- build: every dependency, then the backend and the front end -------------------------------
FROM base AS build
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true \
    NX_TUI=false
RUN --mount=type=cache,target=/root/.npm npm ci
COPY . .
RUN npx nx run-many -t build --projects=@mamori/backend,@mamori/frontend --output-style=static \
 && test -f backend/dist/main.js \
 && test -f frontend/dist/browser/index.html

# ---- deps: the backend's runtime dependencies only ----------------------------------------------
FROM base AS deps
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev --workspace backend --include-workspace-root=false

# ---- runtime ------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    WEB_DIST_DIR=/app/frontend/dist/browser \
    ATTACHMENTS_DIR=/var/lib/mamori/attachments
WORKDIR /app
# The code is owned by root and read-only for the process. The only folder it writes to is the one for
# uploaded attachments (mount a volume there); logs go to stdout, data to PostgreSQL.
RUN mkdir -p /var/lib/mamori/attachments && chown -R node:node /var/lib/mamori && chmod 700 /var/lib/mamori/attachments
COPY --from=deps /app/package.json ./package.json
COPY --from=deps /app/node_modules ./node_modules
COPY --from=deps /app/backend ./backend
COPY --from=build /app/backend/dist ./backend/dist
COPY --from=build /app/frontend/dist/browser ./frontend/dist/browser
USER node
EXPOSE 3000
# Ready means the API answers and PostgreSQL is reachable (503 problem+json otherwise).
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/v1/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The V8 options of backend/node-flags.cjs (ADR 0013), written out.
CMD ["node", "--min-semi-space-size=16", "backend/dist/main.js"]
