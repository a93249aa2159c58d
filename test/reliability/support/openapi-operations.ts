/** The parts of an OpenAPI 3.1 document the reliability suite walks. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  additionalProperties?: boolean | JsonSchema;
  minimum?: number;
  maximum?: number;
  format?: string;
}

interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: JsonSchema;
}

interface RawOperation {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, unknown>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, RawOperation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

export interface Operation {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** As in the document: `/api/v1/kpis/{id}`. */
  path: string;
  /** `GET /api/v1/kpis/{id}`: how tables and reports name the operation. */
  key: string;
  parameters: Parameter[];
  body: JsonSchema | undefined;
  statuses: number[];
}

const METHODS = new Set(["get", "post", "put", "patch", "delete"]);

/** Every operation of the document, in document order. */
export function listOperations(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.has(method))
      .map(([method, raw]) => {
        const upper = method.toUpperCase() as Operation["method"];
        return {
          method: upper,
          path,
          key: `${upper} ${path}`,
          parameters: raw.parameters ?? [],
          body: raw.requestBody?.content?.["application/json"]?.schema,
          statuses: Object.keys(raw.responses ?? {}).map(Number),
        };
      }),
  );
}

/** Follows `#/components/schemas/…` references. */
export function resolveSchema(document: OpenApiDocument, schema: JsonSchema): JsonSchema {
  let current = schema;
  for (let hops = 0; current.$ref && hops < 20; hops++) {
    const name = current.$ref.replace("#/components/schemas/", "");
    current = document.components?.schemas?.[name] ?? {};
  }
  return current;
}

/** Replaces lone surrogates (which no URL can carry) with U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    "\uFFFD",
  );
}

/** Fills `{name}` placeholders of a path with URL-encoded values. */
export function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(wellFormed(values[name] ?? "x")),
  );
}

/** Fetches the live server's OpenAPI document, so routes added later are covered too. */
export async function fetchOpenApi(baseUrl: string): Promise<OpenApiDocument> {
  const response = await fetch(`${baseUrl}/api/v1/openapi.json`);
  return (await response.json()) as OpenApiDocument;
}
