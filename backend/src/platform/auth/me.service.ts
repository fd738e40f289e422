import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Language } from '../../domains/organization/account.entity';
import { effectivePermissions, PERMISSION_MATRIX, Role, scopeFor } from '../access/permissions';
import { AuditService } from '../audit/audit.service';
import { actorOf, AuthContext } from './auth-context';
import { GrantsShape, MeDto } from './dto/auth.dto';
import { Clock } from './clock';
import { IDLE_TIMEOUT_MS } from './sessions.service';

/** What the web app needs about the signed-in caller, in one call. */
@Injectable()
export class MeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async describe(auth: AuthContext): Promise<MeDto> {
    const [person] = await this.dataSource.query(
      `SELECT p.id, p.company_id, p.employee_number, p.family_name, p.given_name, p.family_name_kana, p.given_name_kana,
              p.department_id, d.name AS department_name
         FROM people p LEFT JOIN departments d ON d.id = p.department_id WHERE p.id = $1`,
      [auth.personId],
    );
    const scope = scopeFor(auth.memberships, 'company', 'read');
    const companies: { id: string; name_ja: string; name_en: string }[] = await this.dataSource.query(
      scope.all
        ? 'SELECT id, name_ja, name_en FROM companies ORDER BY name_ja, id'
        : 'SELECT id, name_ja, name_en FROM companies WHERE id = ANY($1::uuid[]) ORDER BY name_ja, id',
      scope.all ? [] : [scope.companyIds],
    );
    const memberIds = auth.memberships.map((m) => m.companyId).filter((id): id is string => id !== null);
    const names: { id: string; name_ja: string; name_en: string }[] = memberIds.length
      ? await this.dataSource.query('SELECT id, name_ja, name_en FROM companies WHERE id = ANY($1::uuid[])', [
          memberIds,
        ])
      : [];
    const nameOf = new Map(names.map((n) => [n.id, n]));
    return {
      account: {
        id: auth.accountId,
        email: auth.email,
        language: auth.language,
        mustChangePassword: auth.mustChangePassword,
      },
      person: person
        ? {
            id: person.id,
            companyId: person.company_id,
            employeeNumber: person.employee_number,
            familyName: person.family_name,
            givenName: person.given_name,
            familyNameKana: person.family_name_kana,
            givenNameKana: person.given_name_kana,
            departmentId: person.department_id,
            departmentName: person.department_name,
          }
        : null,
      memberships: auth.memberships.map((m) => ({
        id: m.id,
        companyId: m.companyId,
        companyNameJa: m.companyId ? (nameOf.get(m.companyId)?.name_ja ?? null) : null,
        companyNameEn: m.companyId ? (nameOf.get(m.companyId)?.name_en ?? null) : null,
        role: m.role,
      })),
      companies: companies.map((c) => ({ id: c.id, nameJa: c.name_ja, nameEn: c.name_en })),
      permissions: effectivePermissions(auth.memberships).map((p) => ({ ...p, grants: p.grants as GrantsShape })),
      matrix: PERMISSION_MATRIX as Record<Role, GrantsShape>,
      session: { expiresAt: auth.sessionExpiresAt.toISOString(), idleTimeoutSeconds: IDLE_TIMEOUT_MS / 1000 },
    };
  }

  async setLanguage(auth: AuthContext, language: Language): Promise<void> {
    if (language === auth.language) return;
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        'UPDATE accounts SET language = $2, updated_at = $3, updated_by = $1, version = version + 1 WHERE id = $1',
        [auth.accountId, language, this.clock.now()],
      );
      await this.audit.append(manager, {
        actor: actorOf(auth),
        companyId: auth.companyId,
        action: 'account.updated',
        entityType: 'account',
        entityId: auth.accountId,
        changes: { language: { before: auth.language, after: language } },
      });
    });
    auth.language = language;
  }
}
