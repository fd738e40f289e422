import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  validateSync,
} from 'class-validator';

export const NODE_ENVS = ['development', 'production', 'test'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const toBool = ({ value }: { value: unknown }) => {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'boolean') return value;
  const v = String(value).toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  return value;
};
const toInt = ({ value }: { value: unknown }) => {
  if (value === undefined || value === '') return undefined;
  return /^-?\d+$/.test(String(value)) ? Number(value) : value;
};

/** Every environment variable Mamori reads. The README's configuration table lists the same names. */
export class EnvironmentVariables {
  @IsOptional()
  @IsIn(NODE_ENVS)
  NODE_ENV?: NodeEnv;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT?: number;

  @IsOptional()
  @IsString()
  HOST?: string;

  @IsOptional()
  @IsString()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE?: number;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  DATABASE_SSL?: boolean;

  @IsOptional()
  @IsString()
  MAMORI_DATA_DIR?: string;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  MAMORI_DEMO?: boolean;

  @IsOptional()
  @IsIn(LOG_LEVELS)
  LOG_LEVEL?: LogLevel;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(100 * 1024 * 1024)
  BODY_LIMIT_BYTES?: number;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  OPENAPI_DOCS?: boolean;

  @IsOptional()
  @IsString()
  WEB_DIST_DIR?: string;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  TRUST_PROXY?: boolean;

  @IsOptional()
  @IsString()
  @Matches(/^smtps?:\/\/[^\s]+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(/^([^<>\r\n]*<)?[^\s@<>]+@[^\s@<>]+>?$/, {
    message: 'MAIL_FROM must be an address, e.g. Mamori <pms@example.jp>',
  })
  MAIL_FROM?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(120000)
  SMTP_TIMEOUT_MS?: number;

  @IsOptional()
  @IsString()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'PUBLIC_URL must be an http:// or https:// URL' })
  PUBLIC_URL?: string;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  ATTACHMENTS_DIR?: string;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  JOBS_ENABLED?: boolean;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(600000)
  JOBS_POLL_MS?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(90)
  REMINDER_DAYS_AHEAD?: number;
}

/** The names of EnvironmentVariables, kept beside the class so both change together. */
export const ENVIRONMENT_VARIABLE_NAMES: readonly (keyof EnvironmentVariables)[] = [
  'NODE_ENV',
  'PORT',
  'HOST',
  'DATABASE_URL',
  'DATABASE_POOL_SIZE',
  'DATABASE_SSL',
  'MAMORI_DATA_DIR',
  'MAMORI_DEMO',
  'LOG_LEVEL',
  'BODY_LIMIT_BYTES',
  'OPENAPI_DOCS',
  'WEB_DIST_DIR',
  'TRUST_PROXY',
  'SMTP_URL',
  'MAIL_FROM',
  'SMTP_TIMEOUT_MS',
  'PUBLIC_URL',
  'ATTACHMENTS_DIR',
  'JOBS_ENABLED',
  'JOBS_POLL_MS',
  'REMINDER_DAYS_AHEAD',
];

export interface AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  host: string;
  /** Undefined means: start the embedded PostgreSQL. */
  databaseUrl?: string;
  databasePoolSize: number;
  databaseSsl: boolean;
  dataDir: string;
  /** Whether demo data is seeded. Never true in production. */
  demo: boolean;
  logLevel: LogLevel;
  bodyLimitBytes: number;
  openApiDocs: boolean;
  webDistDir?: string;
  trustProxy: boolean;
  /** Undefined means: mail stays in the outbox (visible to administrators) and is not sent. */
  smtpUrl?: string;
  mailFrom: string;
  smtpTimeoutMs: number;
  /** The address people open Mamori at; links in mails and the calendar URL start with it. */
  publicUrl: string;
  /** Where uploaded files are kept (outside the web root): `<MAMORI_DATA_DIR>/attachments` by default. */
  attachmentsDir: string;
  /** Whether this process runs the scheduled jobs (several processes may; each run happens once). */
  jobsEnabled: boolean;
  jobsPollMs: number;
  /** How many days before a due date the "due soon" reminder goes out. */
  reminderDaysAhead: number;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment. Throws ConfigError naming every wrong variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw: Record<string, unknown> = {};
  for (const key of ENVIRONMENT_VARIABLE_NAMES) if (env[key] !== undefined) raw[key] = env[key];
  const vars = plainToInstance(EnvironmentVariables, raw);
  const errors = validateSync(vars, { whitelist: true });
  if (errors.length) {
    throw new ConfigError(
      errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ') || 'invalid value'}`),
    );
  }
  const nodeEnv = vars.NODE_ENV ?? 'development';
  const production = nodeEnv === 'production';
  const embedded = !vars.DATABASE_URL;
  if (production && embedded) {
    throw new ConfigError([
      'DATABASE_URL: required when NODE_ENV=production (the embedded PostgreSQL is for local use only)',
    ]);
  }
  if (production && vars.MAMORI_DEMO) {
    throw new ConfigError(['MAMORI_DEMO: demo data is never loaded when NODE_ENV=production']);
  }
  return {
    nodeEnv,
    port: vars.PORT ?? 3000,
    host: vars.HOST ?? (production ? '0.0.0.0' : '127.0.0.1'),
    databaseUrl: vars.DATABASE_URL,
    databasePoolSize: vars.DATABASE_POOL_SIZE ?? 10,
    databaseSsl: vars.DATABASE_SSL ?? false,
    dataDir: vars.MAMORI_DATA_DIR ?? '.mamori',
    demo: !production && (vars.MAMORI_DEMO ?? embedded),
    logLevel: vars.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
    bodyLimitBytes: vars.BODY_LIMIT_BYTES ?? 1024 * 1024,
    openApiDocs: vars.OPENAPI_DOCS ?? !production,
    webDistDir: vars.WEB_DIST_DIR,
    trustProxy: vars.TRUST_PROXY ?? false,
    smtpUrl: vars.SMTP_URL,
    mailFrom: vars.MAIL_FROM ?? 'Mamori <mamori@localhost>',
    smtpTimeoutMs: vars.SMTP_TIMEOUT_MS ?? 15000,
    publicUrl: (vars.PUBLIC_URL ?? `http://localhost:${vars.PORT ?? 3000}`).replace(/\/+$/, ''),
    attachmentsDir: vars.ATTACHMENTS_DIR ?? `${(vars.MAMORI_DATA_DIR ?? '.mamori').replace(/\/+$/, '')}/attachments`,
    jobsEnabled: vars.JOBS_ENABLED ?? nodeEnv !== 'test',
    jobsPollMs: vars.JOBS_POLL_MS ?? 15000,
    reminderDaysAhead: vars.REMINDER_DAYS_AHEAD ?? 7,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
