/**
 * Every service records its audit entries on one platform topic, so the consolidated trail has a single place to read
 * them from. The version is in the name: a breaking change gets a new topic.
 */
export const PLATFORM_AUDIT_TOPIC = 'platform.audit.v1';
