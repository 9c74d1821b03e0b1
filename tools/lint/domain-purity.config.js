// `domain/` folders hold the aggregates and their rules: plain TypeScript with no framework, persistence or I/O, so they
// can be unit-tested without either and never change because a library did (STYLE.md, "The layout tells the
// architecture"). This builds the ESLint blocks that hold every file under a domain/ folder to that.
'use strict';

const WHY = 'domain/ is pure TypeScript: no framework, persistence, messaging or I/O.';

/** Packages that would tie the domain to a framework, a database, a broker, the API layer or the outside world. */
const impurePackages = [
  {
    group: [
      '@nestjs/*',
      '@apollo/*',
      'graphql',
      'graphql/*',
      'class-validator',
      'class-transformer',
      'dataloader',
    ],
    message: `${WHY} Framework and API code belongs in api/ or application/.`,
  },
  {
    group: ['typeorm', 'typeorm/*', 'pg', 'pg/*'],
    message: `${WHY} Persistence belongs in infrastructure/.`,
  },
  {
    group: ['kafkajs', 'kafkajs/*'],
    message: `${WHY} Messaging belongs in infrastructure/ and the platform.`,
  },
  {
    group: ['@civil/*'],
    message: `${WHY} Map domain events to integration events (@civil/contracts) in an application/ handler.`,
  },
  {
    regex: '^(node:)?(fs|net|http|https|http2|child_process|dgram|dns|tls|cluster|worker_threads)(/.*)?$',
    message: `${WHY} I/O belongs in infrastructure/.`,
  },
];

/**
 * A file `depth` folders below domain/ leaves it by climbing `depth + 1` levels, unless the path comes straight back
 * into `domain/`. Matching the depth exactly lets `../move.aggregate` from domain/rules/ pass while `../application/x`
 * from domain/ (or `../../api/x` from domain/rules/) fails.
 */
function leavingDomain(depth) {
  return {
    regex: `^(\\.\\./){${depth + 1}}(?!domain(/|$))`,
    message: `${WHY} Import only from inside this domain/ folder; application/, infrastructure/ and api/ depend on it, not the other way round.`,
  };
}

const MAX_DEPTH = 4;

/** One block per nesting depth below domain/, because the relative-path limit depends on it. */
function domainPurityConfigs() {
  return Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => ({
    files: [`**/domain/${'*/'.repeat(depth)}*.ts`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...impurePackages, leavingDomain(depth)] }],
    },
  }));
}

module.exports = { domainPurityConfigs };
