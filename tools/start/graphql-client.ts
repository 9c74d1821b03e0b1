export interface GraphQLErrorItem {
  message: string;
  extensions?: { code?: string; reason?: string; [key: string]: unknown };
}

/** A GraphQL request answered with errors; `errors` keeps the codes so a caller can tell a conflict from a failure. */
export class GraphQLRequestError extends Error {
  constructor(readonly errors: GraphQLErrorItem[]) {
    super(
      errors
        .map((error) => `${error.message}${error.extensions?.reason ? ` (${error.extensions.reason})` : ''}`)
        .join('; '),
    );
    this.name = 'GraphQLRequestError';
  }

  hasReason(reason: string): boolean {
    return this.errors.some((error) => error.extensions?.reason === reason);
  }
}

/** Just enough of a client for the starter: one POST as the caller the bearer token stands for, data or an error. */
export async function graphqlRequest<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  bearerToken?: string,
): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(bearerToken ? { authorization: `Bearer ${bearerToken}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(15_000),
  });
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: GraphQLErrorItem[] };
  if (body.errors?.length) throw new GraphQLRequestError(body.errors);
  if (!response.ok || body.data === undefined)
    throw new Error(`${url} answered HTTP ${response.status} without data`);
  return body.data;
}
