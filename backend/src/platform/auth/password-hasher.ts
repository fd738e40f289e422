import { Algorithm, hash, verify } from '@node-rs/argon2';
import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '../config/config';
import { normalizePassword } from './password-policy';

export interface Argon2Parameters {
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

/** OWASP's argon2id minimum (19 MiB, 2 passes). Tests use small parameters to stay fast. */
export const PRODUCTION_ARGON2: Argon2Parameters = { memoryCost: 19456, timeCost: 2, parallelism: 1 };
export const TEST_ARGON2: Argon2Parameters = { memoryCost: 1024, timeCost: 1, parallelism: 1 };

export function argon2ParametersFor(nodeEnv: AppConfig['nodeEnv']): Argon2Parameters {
  return nodeEnv === 'test' ? TEST_ARGON2 : PRODUCTION_ARGON2;
}

export function hashPassword(password: string, parameters: Argon2Parameters = PRODUCTION_ARGON2): Promise<string> {
  return hash(normalizePassword(password), { ...parameters, algorithm: Algorithm.Argon2id });
}

/** argon2id hashing. A hash made once at start-up stands in for unknown accounts, so every sign-in costs one verify. */
@Injectable()
export class PasswordHasher {
  private readonly parameters: Argon2Parameters;
  private dummy?: Promise<string>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.parameters = argon2ParametersFor(config.nodeEnv);
  }

  hash(password: string): Promise<string> {
    return hashPassword(password, this.parameters);
  }

  async verify(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash, normalizePassword(password));
    } catch {
      return false;
    }
  }

  /** Verifies against a throwaway hash with the current parameters; always false. */
  async verifyDummy(password: string): Promise<false> {
    this.dummy ??= this.hash(randomBytes(24).toString('base64url'));
    await this.verify(await this.dummy, password);
    return false;
  }
}
