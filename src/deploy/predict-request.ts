// Checks the body of POST /predict; a bad one becomes a 4xx with a message.

export class RequestError extends Error {
  constructor(readonly statusCode: number, message: string) {
    super(message);
    this.name = 'RequestError';
  }
}

export interface RequestLimits {
  maxTexts: number;
}

/** Returns the texts of a valid body `{ "texts": ["...", ...] }`, else throws a RequestError. */
export function textsFromBody(body: unknown, limits: RequestLimits): string[] {
  const example = 'send {"texts": ["some text", ...]}';
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new RequestError(400, `the body must be a JSON object; ${example}`);
  }
  const texts = (body as { texts?: unknown }).texts;
  if (texts === undefined) throw new RequestError(400, `missing "texts"; ${example}`);
  if (!Array.isArray(texts)) throw new RequestError(400, `"texts" must be an array of strings; ${example}`);
  if (texts.length === 0) throw new RequestError(400, `"texts" is empty; ${example}`);
  const bad = texts.findIndex((t) => typeof t !== 'string');
  if (bad >= 0) {
    throw new RequestError(400, `"texts"[${bad}] is ${texts[bad] === null ? 'null' : typeof texts[bad]}, not a string`);
  }
  if (texts.length > limits.maxTexts) {
    throw new RequestError(
      413,
      `${texts.length} texts in one request; the limit is ${limits.maxTexts} (split the request or start the server with a larger --max-texts)`,
    );
  }
  return texts as string[];
}
