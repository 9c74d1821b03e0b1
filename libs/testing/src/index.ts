export * from './expect-eventually';
export * from './test-postgres';
export * from './test-kafka';
