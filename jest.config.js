// Two projects: `unit` (pure, no I/O, *.spec.ts) and `integration` (real PostgreSQL and Kafka, *.int-spec.ts).
// `npm test` (tools/test/run.js) provides the real infrastructure before Jest starts.
const swc = JSON.parse(require('fs').readFileSync(`${__dirname}/.swcrc`, 'utf8'));
const shared = {
  rootDir: __dirname,
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swc, swcrc: false }] },
  moduleNameMapper: { '^@civil/(contracts|messaging|platform|testing)$': '<rootDir>/libs/$1/src/index.ts' },
  testEnvironment: 'node',
  modulePathIgnorePatterns: ['<rootDir>/dist', '<rootDir>/.data'],
};
module.exports = {
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{libs,services,tools,infra}/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/{libs,services,tools,infra}/**/*.int-spec.ts'],
      testTimeout: 120000,
    },
  ],
};
