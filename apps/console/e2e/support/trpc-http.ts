import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";

/**
 * Calls procedures over plain HTTP, the way any integrator's HTTP client would (the console's batch
 * link sends the same JSON): GET /trpc/<query>?input=…, POST /trpc/<mutation> with the input as body.
 * For test set-up and for checking what the server says, next to what the browser shows.
 */
export class TrpcHttp {
  constructor(private readonly request: APIRequestContext) {}

  async query<Output>(procedure: string, input?: unknown): Promise<Output> {
    const response = await this.request.get(`/trpc/${procedure}`, {
      params: input === undefined ? undefined : { input: JSON.stringify(input) },
    });
    return resultOf<Output>(procedure, response);
  }

  async mutation<Output>(procedure: string, input?: unknown): Promise<Output> {
    const response = await this.request.post(`/trpc/${procedure}`, { data: input ?? {} });
    return resultOf<Output>(procedure, response);
  }
}

async function resultOf<Output>(procedure: string, response: APIResponse): Promise<Output> {
  expect(response.ok(), `${procedure}: ${await response.text()}`).toBe(true);
  return ((await response.json()) as { result: { data: Output } }).result.data;
}
