import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  AuthenticatedRequest,
  GatewayKeys,
  INTERNAL_TOKEN_HEADER,
  InternalTokenVerifier,
  requireInternalToken,
} from '@civil/auth';
import { graphql, parse } from 'graphql';
import { createServer, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

const CALLER = `
  type Caller @shareable {
    subject: String!
    roles: [String!]!
    personId: String
    departmentCode: String
    crossGovernment: Boolean!
  }
`;
const FEDERATION = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@shareable"])`;

/** Each echo subgraph answers with the identity it received, under a field named after itself. */
const TYPE_DEFS = {
  people: `${FEDERATION} type Query { peopleCaller: Caller! } ${CALLER}`,
  vacancies: `${FEDERATION} type Query { vacanciesCaller: Caller! } ${CALLER}`,
} as const;

export type EchoSubgraphName = keyof typeof TYPE_DEFS;

/**
 * A subgraph reduced to what authentication concerns: the real requireInternalToken in front (as createServiceApp
 * puts it), then a field that echoes `req.identity`. It keeps the internal tokens it was sent so a test can replay one.
 */
export class IdentityEchoSubgraph {
  readonly receivedTokens: string[] = [];
  private server?: Server;
  url = '';

  constructor(
    readonly name: EchoSubgraphName,
    private readonly gatewayKeys: GatewayKeys,
  ) {}

  async start(): Promise<this> {
    const schema = buildSubgraphSchema({
      typeDefs: parse(TYPE_DEFS[this.name]),
      resolvers: {
        Query: { [`${this.name}Caller`]: (_: unknown, __: unknown, identity: unknown) => identity },
      },
    });
    const guard = requireInternalToken(new InternalTokenVerifier(this.gatewayKeys, this.name));
    this.server = createServer((req: AuthenticatedRequest, res) => {
      const token = req.headers[INTERNAL_TOKEN_HEADER];
      if (typeof token === 'string') this.receivedTokens.push(token);
      guard(req, res, async () => {
        const body = JSON.parse(await readBody(req)) as {
          query: string;
          variables?: Record<string, unknown>;
        };
        const result = await graphql({
          schema,
          source: body.query,
          variableValues: body.variables,
          contextValue: req.identity,
        });
        sendJson(res, result);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/graphql`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

async function readBody(req: AuthenticatedRequest): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(res: ServerResponse, body: unknown): void {
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(body));
}

/** The supergraph the gateway serves in front of the echo subgraphs, composed as `npm run compose` composes ours. */
export function echoSupergraphSdl(subgraphs: IdentityEchoSubgraph[]): string {
  const result = composeServices(
    subgraphs.map(({ name, url }) => ({ name, url, typeDefs: parse(TYPE_DEFS[name]) })),
  );
  if (result.errors) throw new Error(result.errors.map((error) => error.message).join('; '));
  return result.supergraphSdl;
}
