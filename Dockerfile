# syntax=docker/dockerfile:1
# One image for every service; SERVICE (people, vacancies, moves or gateway) picks the one a container runs:
#   docker build -t civil-mobility .
#   docker run -e SERVICE=people -e DATABASE_URL=... -e KAFKA_BROKERS=... -p 4001:4001 civil-mobility
# docker-compose.yml runs the whole platform with it.
ARG NODE_VERSION=20.20

# Every dependency, for building. Install scripts are skipped: npm 10 in this image does not read package.json's
# `allowScripts`, and nothing the build needs has one (native binaries come as optional packages).
FROM node:${NODE_VERSION}-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts

# The compiled workspace: `nx run-many -t build` type-checks and compiles each service with its libs to dist/.
# Also the image the compose file's one-shot topic creator runs in, as that is a TypeScript script.
FROM deps AS build
COPY . .
RUN npx nx run-many -t build --outputStyle=static

# Production dependencies only, then the compiled services and the supergraph the gateway serves.
FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production \
    SUPERGRAPH_PATH=/app/infra/graphql/supergraph.graphql
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY infra/graphql/supergraph.graphql ./infra/graphql/
COPY infra/docker/run-service.js infra/docker/healthcheck.js ./infra/docker/
USER node
EXPOSE 4000 4001 4002 4003
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 CMD ["node", "infra/docker/healthcheck.js"]
# Node runs as PID 1 and gets SIGTERM directly: each service's main.ts stops its relay and consumer before exiting.
ENTRYPOINT ["node", "infra/docker/run-service.js"]
