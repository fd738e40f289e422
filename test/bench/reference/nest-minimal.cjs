// Reference server for R1: an empty NestJS 11 app on the same Fastify adapter as Mamori, one controller
// returning the same JSON, no guards, pipes, filters, hooks or logging. It shows the framework's own
// cost, the floor any NestJS app on this machine starts from.
require('reflect-metadata');
const { Controller, Get, Module } = require('@nestjs/common');
const { NestFactory } = require('@nestjs/core');
const { FastifyAdapter } = require('@nestjs/platform-fastify');

class HealthController {
  live() {
    return { status: 'ok' };
  }
}
Reflect.decorate(
  [Get('health')],
  HealthController.prototype,
  'live',
  Object.getOwnPropertyDescriptor(HealthController.prototype, 'live'),
);
Reflect.decorate([Controller('api/v1')], HealthController);
class AppModule {}
Reflect.decorate([Module({ controllers: [HealthController] })], AppModule);

NestFactory.create(AppModule, new FastifyAdapter({ skipMiddie: true }), { logger: false }).then((app) =>
  app.listen(Number(process.env.PORT), '127.0.0.1'),
);
