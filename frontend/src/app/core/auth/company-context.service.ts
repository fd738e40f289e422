import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import { AuthService } from './auth.service';

export const COMPANY_STORAGE_KEY = 'mamori.company';

type Choices = Readonly<Record<string, string>>;

/**
 * The company the person is working in, for people who belong to several: chosen in the top bar,
 * remembered per account on this device, and passed as `companyId` to the lists. Defaults to the
 * person's own company, else the first one they may see.
 */
@Injectable({ providedIn: 'root' })
export class CompanyContext {
  private readonly auth = inject(AuthService);
  private readonly storage = inject(DOCUMENT).defaultView?.localStorage;
  private readonly choices = signal<Choices>(this.read());

  readonly companies = computed(() => this.auth.me()?.companies ?? []);
  /** The switcher is shown only to people with more than one company. */
  readonly switchable = computed(() => this.companies().length > 1);
  readonly companyId = computed<string | null>(() => {
    const me = this.auth.me();
    const companies = this.companies();
    if (!me || companies.length === 0) return null;
    const has = (id: string | null | undefined): id is string => !!id && companies.some((c) => c.id === id);
    const chosen = this.choices()[me.account.id];
    if (has(chosen)) return chosen;
    if (has(me.person?.companyId)) return me.person.companyId;
    return companies[0].id;
  });
  readonly company = computed(() => this.companies().find((c) => c.id === this.companyId()) ?? null);

  select(companyId: string): void {
    const me = this.auth.me();
    if (!me || !this.companies().some((c) => c.id === companyId)) return;
    const next = { ...this.choices(), [me.account.id]: companyId };
    this.choices.set(next);
    try {
      this.storage?.setItem(COMPANY_STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Storage may be unavailable; the choice still holds for this visit.
    }
  }

  private read(): Choices {
    try {
      const parsed: unknown = JSON.parse(this.storage?.getItem(COMPANY_STORAGE_KEY) ?? '{}');
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
      return Object.fromEntries(
        Object.entries(parsed as Record<string, unknown>).filter(
          (e): e is [string, string] => typeof e[1] === 'string',
        ),
      );
    } catch {
      return {};
    }
  }
}
