export * from './expect-eventually';
export * from './test-postgres';
export * from './test-kafka';
export * from './graphql-client';
export * from './listen-on-free-port';
export * from './schema-snapshot';
export * from './test-gateway-keys';
