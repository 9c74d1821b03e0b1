import { plainToInstance } from 'class-transformer';
import {
  getMetadataStorage,
  validateSync,
  ValidationError,
  ValidationTypes,
  ValidatorOptions,
} from 'class-validator';
import { EventDefinition, PayloadClass } from './event-definition';
import { EventSchemaError } from './event-schema.error';
import { IntegrationEvent } from './integration-event';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function flatten(errors: ValidationError[], prefix: string): string[] {
  return errors.flatMap((error) => {
    const path = `${prefix}.${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) => `${path}: ${message}`);
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

function envelopeProblems(event: Partial<IntegrationEvent>, definition: EventDefinition): string[] {
  const problems: string[] = [];
  if (event.specversion !== '1.0') problems.push(`specversion: must be '1.0'`);
  if (typeof event.id !== 'string' || !UUID.test(event.id)) problems.push('id: must be a UUID');
  if (typeof event.source !== 'string' || event.source.length === 0)
    problems.push('source: must be a non-empty string');
  if (event.type !== definition.type) problems.push(`type: must be '${definition.type}'`);
  if (typeof event.subject !== 'string' || event.subject.length === 0)
    problems.push('subject: must be the aggregate id');
  if (typeof event.time !== 'string' || Number.isNaN(Date.parse(event.time)))
    problems.push('time: must be an ISO-8601 instant');
  if (!Number.isInteger(event.aggregateversion) || (event.aggregateversion as number) < 1)
    problems.push('aggregateversion: must be a positive integer');
  if (typeof event.traceid !== 'string' || event.traceid.length === 0)
    problems.push('traceid: must be a non-empty string');
  if (typeof event.data !== 'object' || event.data === null) problems.push('data: must be an object');
  return problems;
}

const PAYLOAD_RULES: ValidatorOptions = { whitelist: true, forbidNonWhitelisted: true };

// Whether a payload class validates nested objects (@ValidateNested, whose @Type class-transformer must apply), per
// class. Contracts use class-transformer for that alone: a payload without nested objects is validated as a shallow
// copy in an instance of its class, which class-validator checks exactly as it checks plainToInstance's deep copy
// (same own properties, same values), without class-transformer's per-property walk (a third of the cost).
const nestedPayloads = new Map<PayloadClass, boolean>();

function hasNestedValidation(payload: PayloadClass): boolean {
  let nested = nestedPayloads.get(payload);
  if (nested === undefined) {
    nested = getMetadataStorage()
      .getTargetValidationMetadatas(payload, '', true, false)
      .some((metadata) => metadata.type === ValidationTypes.NESTED_VALIDATION);
    nestedPayloads.set(payload, nested);
  }
  return nested;
}

function payloadInstance(payload: PayloadClass, data: object): object {
  // A list, or an own __proto__ key (JSON.parse makes one; Object.assign would set the prototype with it), takes
  // class-transformer's path as before.
  if (Array.isArray(data) || Object.hasOwn(data, '__proto__') || hasNestedValidation(payload))
    return plainToInstance(payload, data) as object;
  return Object.assign(new payload(), data);
}

/**
 * Checks an event against its contract, on publish and again on consume, and returns it typed.
 * Unknown payload properties are refused too: a producer must not leak data a contract does not name.
 */
export function validateEvent<T extends object>(
  event: unknown,
  definition: EventDefinition<T>,
): IntegrationEvent<T> {
  const candidate = (event ?? {}) as Partial<IntegrationEvent>;
  const problems = envelopeProblems(candidate, definition);
  if (problems.length === 0) {
    const payload = payloadInstance(definition.payload, candidate.data as object);
    const errors = validateSync(payload, PAYLOAD_RULES);
    problems.push(...flatten(errors, 'data'));
  }
  if (problems.length > 0) throw new EventSchemaError(definition.type, problems);
  return candidate as IntegrationEvent<T>;
}
