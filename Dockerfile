# Image for the worker, the compile service and the CLI (see docker-compose.yml).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
# The Temporal binaries are not needed in the image (the server runs as its own service).
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund
COPY . .
ENV NODE_ENV=production TEMPORAL_VERSION_CHECK_DISABLED=1
USER node
ENTRYPOINT ["node", "bin/compiled-ai.js"]
CMD ["worker"]
