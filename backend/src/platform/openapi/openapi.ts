import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { FieldErrorDto, ProblemDto } from '../errors/problem.dto';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Mamori API')
    .setDescription(
      'Governance console for a personal information protection management system (JIS Q 15001 / PrivacyMark). ' +
        'Errors are RFC 9457 problem documents (application/problem+json) with a stable `code`.',
    )
    .setVersion('1')
    .build();
  return SwaggerModule.createDocument(app, config, {
    extraModels: [ProblemDto, FieldErrorDto],
    operationIdFactory: (controllerKey, methodKey) => `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
}

/** Interactive docs at /api/docs and the JSON document at /api/docs/openapi.json. */
export function setupOpenApi(app: INestApplication): void {
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/docs/openapi.json',
    yamlDocumentUrl: 'api/docs/openapi.yaml',
    useGlobalPrefix: false,
    ui: true,
  });
}
