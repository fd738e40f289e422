// Generated from docs/openapi.json by `npm run api:generate -w frontend`. Do not edit by hand.

export interface paths {
  '/api/v1/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness: the API process answers. */
    get: operations['Health_live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness: the API can reach PostgreSQL. */
    get: operations['Health_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    FieldErrorDto: {
      /** @example NOT_AN_INTEGER */
      code: string;
      /** @example personCount */
      field: string;
      /** @example personCount must be an integer number */
      message: string;
    };
    HealthDto: {
      /**
       * @example ok
       * @enum {string}
       */
      status: 'ok';
    };
    ProblemDto: {
      /**
       * @description Stable error code; the web app translates it.
       * @example VALIDATION_FAILED
       */
      code: string;
      /** @example The request has 1 invalid field. */
      detail: string;
      errors?: components['schemas']['FieldErrorDto'][];
      /** @example /api/v1/health */
      instance?: string;
      /** @example 2f1c9d4e-4a8b-4c0e-9f57-3b0f4e0b6a11 */
      requestId?: string;
      /** @example 400 */
      status: number;
      /** @example Bad Request */
      title: string;
      /** @example urn:mamori:problem:validation-failed */
      type: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  Health_live: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthDto'];
        };
      };
    };
  };
  Health_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthDto'];
        };
      };
      /** @description PostgreSQL cannot be reached (problem+json, code DATABASE_UNAVAILABLE). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
