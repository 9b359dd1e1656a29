# Production-like image: the API serves the built admin on one port; PostgreSQL is external.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=3000
COPY --from=build /app /app
RUN npm prune --omit=dev --ignore-scripts
USER node
EXPOSE 3000
CMD ["node", "-r", "./tools/register.cjs", "apps/api/src/main.ts"]
