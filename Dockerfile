# The API server image used by docker-compose.yml.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund || npm install --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY schema ./schema
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# the explorer's static page is served from its source folder
COPY --from=build /app/src/explorer/public ./src/explorer/public
COPY package.json ./
COPY schema ./schema
COPY seed ./seed
EXPOSE 4000
CMD ["node", "--enable-source-maps", "dist/server/main.js"]
