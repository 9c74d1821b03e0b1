import { EventDefinition } from './event-definition';
import { EventSchemaError } from './event-schema.error';

/** Looks up an event's definition by topic and type, so a consumer can validate what it receives. */
export class EventCatalog {
  private readonly byKey = new Map<string, EventDefinition>();

  constructor(definitions: EventDefinition[]) {
    for (const definition of definitions)
      this.byKey.set(`${definition.topic}/${definition.type}`, definition);
  }

  definitionFor(topic: string, type: string): EventDefinition {
    const definition = this.byKey.get(`${topic}/${type}`);
    if (!definition) throw new EventSchemaError(type, [`type: no contract for '${type}' on topic ${topic}`]);
    return definition;
  }

  topics(): string[] {
    return [...new Set([...this.byKey.values()].map((definition) => definition.topic))];
  }
}
