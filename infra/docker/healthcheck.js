#!/usr/bin/env node
// Container health check: the service's own /health (database and broker for a subgraph, every subgraph for the
// gateway). Node rather than curl, which the slim base image does not have.
'use strict';
// The ports each service's main.ts listens on when PORT is not set.
const DEFAULT_PORTS = { gateway: 4000, people: 4001, vacancies: 4002, moves: 4003 };
const port = process.env.PORT || DEFAULT_PORTS[process.env.SERVICE] || 4000;
fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(4000) }).then(
  (response) => process.exit(response.ok ? 0 : 1),
  () => process.exit(1),
);
