import { Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { graphql } from 'graphql';
import { SubgraphDefinition, subgraphGraphQLModule } from './subgraph-graphql.module';

/** Each resolver's constructor dependencies, stood in by empty objects: building a schema never calls them. */
function standInsFor(resolvers: Type[]) {
  const dependencies = new Set<unknown>(
    resolvers.flatMap((resolver) => Reflect.getMetadata('design:paramtypes', resolver) ?? []),
  );
  return [...dependencies].map((dependency) => ({ provide: dependency as Type, useValue: {} }));
}

/**
 * The SDL a subgraph serves to composition (`_service { sdl }`), built from its resolvers alone: no database, no
 * broker, no port. The composition tool and its staleness test use this.
 */
export async function printSubgraphSdl(definition: SubgraphDefinition): Promise<string> {
  const { resolvers } = definition;
  @Module({
    imports: [subgraphGraphQLModule(definition, { graphiql: false })],
    providers: [...resolvers, ...standInsFor(resolvers)],
  })
  class SchemaOnlyModule {}

  const app = await NestFactory.create(SchemaOnlyModule, { logger: false, abortOnError: false });
  try {
    await app.init();
    const { schema } = app.get(GraphQLSchemaHost);
    const result = await graphql({ schema, source: '{ _service { sdl } }' });
    if (result.errors?.length) throw new Error(`Cannot print the subgraph SDL: ${result.errors[0].message}`);
    return (result.data as { _service: { sdl: string } })._service.sdl;
  } finally {
    await app.close();
  }
}
