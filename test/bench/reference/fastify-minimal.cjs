// Reference server for R1: Fastify 5 alone (the HTTP layer under Mamori's NestJS), one route returning
// the same JSON.
const fastify = require('fastify')();

fastify.get('/api/v1/health', async () => ({ status: 'ok' }));
fastify.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
