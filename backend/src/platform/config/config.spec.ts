import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to the embedded database with demo data on localhost:3000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      demo: true,
      nodeEnv: 'development',
    });
  });

  it('uses DATABASE_URL and loads demo data only when asked', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://u:p@db/m' })).toMatchObject({
      databaseUrl: 'postgresql://u:p@db/m',
      demo: false,
    });
    expect(loadConfig({ DATABASE_URL: 'postgresql://u:p@db/m', MAMORI_DEMO: '1' }).demo).toBe(true);
  });

  it('names every wrong variable', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toContain('PORT');
      expect(problems).toContain('DATABASE_URL');
      expect(problems).toContain('LOG_LEVEL');
    }
  });

  it('refuses production without DATABASE_URL and never loads demo data in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://a@b/c', MAMORI_DEMO: 'true' })).toThrow(
      /MAMORI_DEMO/,
    );
    const prod = loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://a@b/c' });
    expect(prod).toMatchObject({ demo: false, host: '0.0.0.0', openApiDocs: false });
  });

  it('parses booleans and integers strictly', () => {
    expect(loadConfig({ OPENAPI_DOCS: 'off', PORT: '8080' })).toMatchObject({ openApiDocs: false, port: 8080 });
    expect(() => loadConfig({ MAMORI_DEMO: 'maybe' })).toThrow(/MAMORI_DEMO/);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
  });
});
