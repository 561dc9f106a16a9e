/**
 * Validators for Open Referral UK 3.0 responses, compiled from the official schemas in ../shared/oruk (the UK
 * profile's compiled JSON schemas and its OpenAPI definition). The tests check every API response and every import
 * fixture with them; nothing at run time depends on ../shared.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type Json = Record<string, unknown>;

/** ../shared/oruk beside the project folder, as the workplace and CI lay it out. */
export const orukDir = fileURLToPath(new URL('../../../shared/oruk/', import.meta.url));

function readJson(path: string): Json {
  return JSON.parse(readFileSync(`${orukDir}${path}`, 'utf8')) as Json;
}

/** Fields ORUK's API reference says every paginated list must have (its OpenAPI schema lists them, optional). */
const pageFields = ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty'];

export interface OrukValidators {
  root: ValidateFunction;
  service: ValidateFunction;
  serviceListPage: ValidateFunction;
  taxonomyPage: ValidateFunction;
  taxonomyTermPage: ValidateFunction;
  taxonomy: ValidateFunction;
  taxonomyTerm: ValidateFunction;
}

export function orukValidators(): OrukValidators {
  // The compiled schemas carry Frictionless Data keywords (datapackage_metadata, constraints, ...) beside JSON
  // Schema's, so strict mode is off: unknown keywords are annotations, as JSON Schema intends.
  const ajv = new Ajv({ strict: false, allErrors: true });
  // ajv-formats is CommonJS; under Node's ES module loader its function is on `default`.
  const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
  addFormats(ajv);
  const openapi = readJson('schema/openapi.json') as {
    paths: Record<string, { get: { responses: Record<string, { content: Record<string, { schema: Json }> }> } }>;
    components: { schemas: { Page: Json } };
  };
  const service = readJson('schema/compiled/service.json');
  const serviceList = readJson('schema/compiled/service_list.json');
  const definitions = (readJson('schema/compiled/service_with_definitions.json') as { definitions: Json }).definitions;
  const page = (items: Json): Json => ({
    allOf: [openapi.components.schemas.Page],
    required: [...pageFields, 'contents'],
    properties: { contents: { type: 'array', items } },
  });
  const rootSchema = openapi.paths['/']?.get.responses['200']?.content['application/json']?.schema ?? {};
  return {
    root: ajv.compile({ ...rootSchema, required: ['version'] }),
    service: ajv.compile(service),
    serviceListPage: ajv.compile(page(serviceList)),
    taxonomyPage: ajv.compile({ definitions, ...page({ $ref: '#/definitions/taxonomy' }) }),
    taxonomyTermPage: ajv.compile({ definitions, ...page({ $ref: '#/definitions/taxonomy_term' }) }),
    taxonomy: ajv.compile({ definitions, $ref: '#/definitions/taxonomy' }),
    taxonomyTerm: ajv.compile({ definitions, $ref: '#/definitions/taxonomy_term' }),
  };
}

/** The errors of the last validation, one line each, for test messages. */
export function errorsOf(validate: ValidateFunction): string[] {
  return (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''}`);
}
