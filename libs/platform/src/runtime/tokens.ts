/** Injection tokens for what the runtime hands a service (interfaces have no runtime identity). */
export const CLOCK = Symbol('CLOCK');
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');
export const MESSAGE_TRANSPORT = Symbol('MESSAGE_TRANSPORT');
export const SERVICE_OPTIONS = Symbol('SERVICE_OPTIONS');
