export * from './service-under-test';
