import type { DataSource } from 'typeorm';
import type { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../auth/auth-context';
import { AccessService } from './access.service';

/** A data source that answers the company look-up from a table of rows and counts the statements. */
function rowsSource(companies: Record<string, string | null>) {
  const statements: string[] = [];
  const dataSource = {
    query: async (sql: string, params: string[]) => {
      statements.push(sql);
      const id = params[0];
      return id in companies ? [{ company_id: companies[id] }] : [];
    },
  } as unknown as DataSource;
  return { dataSource, statements };
}

const request = (): AuthContext =>
  ({ accountId: 'a', sessionId: 's', memberships: [], requestId: String(Math.random()) }) as unknown as AuthContext;

describe('AccessService.companyOf', () => {
  const campaign = '00000000-0000-4000-8000-000000000001';
  const company = '00000000-0000-4000-8000-0000000000c1';

  it('reads a record’s company once per request when given the request’s auth', async () => {
    const { dataSource, statements } = rowsSource({ [campaign]: company });
    const access = new AccessService(dataSource, {} as AuditService);
    const auth = request();
    expect(await access.companyOf('training_campaigns', campaign, auth)).toBe(company);
    expect(await access.companyOf('training_campaigns', campaign, auth)).toBe(company);
    expect(statements).toHaveLength(1);
    // Another request reads it again.
    expect(await access.companyOf('training_campaigns', campaign, request())).toBe(company);
    expect(statements).toHaveLength(2);
  });

  it('keeps "no such record" too, and tells tables apart', async () => {
    const { dataSource, statements } = rowsSource({});
    const access = new AccessService(dataSource, {} as AuditService);
    const auth = request();
    expect(await access.companyOf('training_campaigns', campaign, auth)).toBeUndefined();
    expect(await access.companyOf('training_campaigns', campaign, auth)).toBeUndefined();
    expect(statements).toHaveLength(1);
    expect(await access.companyOf('incidents', campaign, auth)).toBeUndefined();
    expect(statements).toHaveLength(2);
  });

  it('reads every time without a request', async () => {
    const { dataSource, statements } = rowsSource({ [campaign]: null });
    const access = new AccessService(dataSource, {} as AuditService);
    expect(await access.companyOf('training_campaigns', campaign)).toBeNull();
    expect(await access.companyOf('training_campaigns', campaign)).toBeNull();
    expect(statements).toHaveLength(2);
  });
});
