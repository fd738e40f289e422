import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, APP_CONFIG } from './platform/config/config';
import { dataSourceOptions } from './platform/database/data-source';
import { HealthModule } from './platform/health/health.module';

/** The root module. `config` is resolved before the app is built (the embedded database, if any, is running). */
@Module({})
export class AppModule {
  static register(config: AppConfig & { databaseUrl: string }): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions({ url: config.databaseUrl, poolSize: config.databasePoolSize, ssl: config.databaseSsl }),
          retryAttempts: 0,
        }),
        HealthModule,
      ],
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
