// Two projects: `unit` (pure, no I/O, *.spec.ts) and `integration` (real PostgreSQL and Kafka, *.int-spec.ts).
// `npm test` (tools/test/run.js) provides the real infrastructure before Jest starts.
const swc = JSON.parse(require('fs').readFileSync(`${__dirname}/.swcrc`, 'utf8'));
// NestJS 12 ships ESM only, and Jest on Node 20 cannot require() ESM, so those packages are compiled to CommonJS
// like our own code (Jest caches the result). Node itself loads them natively at run time (require(esm), Node 20.19+).
const esmOnlyPackages = ['@nestjs', 'file-type', 'strtok3', 'token-types', '@tokenizer', '@borewit', 'uint8array-extras', 'load-esm', 'jose'];
const swcForJs = { ...swc, swcrc: false, jsc: { ...swc.jsc, parser: { syntax: 'ecmascript' } } };
const shared = {
  rootDir: __dirname,
  transform: {
    '^.+\\.ts$': ['@swc/jest', { ...swc, swcrc: false }],
    '^.+\\.m?js$': ['@swc/jest', swcForJs],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnlyPackages.join('|')})/)`],
  moduleNameMapper: { '^@civil/(auth|contracts|messaging|platform|service-testing|testing)$': '<rootDir>/libs/$1/src/index.ts' },
  testEnvironment: 'node',
  modulePathIgnorePatterns: ['<rootDir>/dist', '<rootDir>/.data'],
};
module.exports = {
  // A global option in Jest 30: per-project values are ignored. Integration tests talk to real servers.
  testTimeout: 60000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{libs,services,tools,infra}/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/{libs,services,tools,infra}/**/*.int-spec.ts'],
    },
  ],
};
