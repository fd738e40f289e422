import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleChange, MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatChipsModule } from '@angular/material/chips';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatSelectModule, type MatSelectChange } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router } from '@angular/router';
import { firstValueFrom, map } from 'rxjs';
import { CompanyContext } from '../../../core/auth';
import { ApiProblem, problemMessageKey } from '../../../core/errors';
import { I18nService, TranslatePipe, isTranslationKey, type TranslationKey } from '../../../core/i18n';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadError } from '../../../shared/ui/load-error';
import { SkeletonRows } from '../../../shared/ui/skeleton-rows';
import { AuditTrailData, type AuditEvent, type AuditVerifyResult } from './audit-trail.data';
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  AUDIT_PAGE_SIZE,
  DEFAULT_AUDIT_VIEW,
  auditFilters,
  auditQuery,
  auditViewFromParams,
  auditViewToParams,
  isAuditFiltered,
  type AuditView,
} from './audit-view';

type Verification =
  | { readonly kind: 'running' }
  | { readonly kind: 'done'; readonly result: AuditVerifyResult }
  | { readonly kind: 'failed'; readonly messageKey: TranslationKey };

interface ChangeLine {
  readonly field: string;
  readonly before: string;
  readonly after: string;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Every write and sign-in, newest first, with filters, the CSV export and the tamper check of the
 * hash chain (「改ざん検知」).
 */
@Component({
  selector: 'app-audit-trail-page',
  imports: [
    EmptyState,
    LoadError,
    MatButtonModule,
    MatButtonToggleModule,
    MatChipsModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatSelectModule,
    MatTableModule,
    SkeletonRows,
    TranslatePipe,
  ],
  templateUrl: './audit-trail-page.html',
  styleUrl: './audit-trail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditTrailPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly data = inject(AuditTrailData);
  private readonly context = inject(CompanyContext);
  protected readonly i18n = inject(I18nService);

  protected readonly view = toSignal(this.route.queryParams.pipe(map(auditViewFromParams)), {
    initialValue: DEFAULT_AUDIT_VIEW,
  });
  private readonly query = computed(() => auditQuery(this.view(), this.context.companyId()), { equal: sameJson });
  protected readonly events = rxResource({
    params: () => this.query(),
    stream: ({ params }) => this.data.list(params),
  });
  protected readonly rows = computed(() => (this.events.hasValue() ? this.events.value().items : []));
  protected readonly total = computed(() => (this.events.hasValue() ? this.events.value().total : 0));
  protected readonly filtered = computed(() => isAuditFiltered(this.view()));
  protected readonly exportUrl = computed(() =>
    this.data.exportUrl(auditFilters(this.view(), this.context.companyId())),
  );
  protected readonly companyName = computed(() => {
    const company = this.context.company();
    return company ? (this.i18n.lang() === 'en' ? company.nameEn : company.nameJa) : '';
  });
  protected readonly showScope = this.context.switchable;
  protected readonly entityTypes = AUDIT_ENTITY_TYPES;
  protected readonly actions = AUDIT_ACTIONS;
  protected readonly columns = ['occurredAt', 'actor', 'action', 'target', 'changes'];
  protected readonly pageSize = AUDIT_PAGE_SIZE;
  protected readonly expanded = signal<string | null>(null);
  protected readonly verification = signal<Verification | null>(null);

  protected update(patch: Partial<AuditView>): void {
    const next: AuditView = { ...this.view(), page: 0, ...patch };
    this.expanded.set(null);
    void this.router.navigate([], { relativeTo: this.route, queryParams: auditViewToParams(next) });
  }

  protected onScope(change: MatButtonToggleChange): void {
    this.update({ scope: change.value === 'all' ? 'all' : 'company' });
    this.verification.set(null);
  }

  protected onEntityType(change: MatSelectChange): void {
    this.update({ entityType: typeof change.value === 'string' && change.value ? change.value : null, entityId: null });
  }

  protected onAction(change: MatSelectChange): void {
    this.update({ action: typeof change.value === 'string' && change.value ? change.value : null });
  }

  protected onDate(which: 'from' | 'to', value: string | null): void {
    this.update({ [which]: value || null });
  }

  protected byActor(event: AuditEvent): void {
    if (event.actorAccountId) this.update({ actorId: event.actorAccountId, actorEmail: event.actorEmail });
  }

  protected byTarget(event: AuditEvent): void {
    if (event.entityId) this.update({ entityType: event.entityType, entityId: event.entityId });
  }

  protected clearFilters(): void {
    this.update({ ...DEFAULT_AUDIT_VIEW, scope: this.view().scope });
  }

  protected onPage(event: PageEvent): void {
    this.update({ page: event.pageIndex });
  }

  protected toggle(event: AuditEvent): void {
    this.expanded.update((id) => (id === event.id ? null : event.id));
  }

  protected async verify(): Promise<void> {
    if (this.verification()?.kind === 'running') return;
    this.verification.set({ kind: 'running' });
    const companyId = this.view().scope === 'company' ? (this.context.companyId() ?? undefined) : undefined;
    try {
      const result = await firstValueFrom(this.data.verify(companyId));
      this.verification.set({ kind: 'done', result });
    } catch (error) {
      const problem = error instanceof ApiProblem ? error : new ApiProblem({ status: 0, code: 'UNKNOWN' });
      this.verification.set({ kind: 'failed', messageKey: problemMessageKey(problem) });
    }
  }

  protected actionLabel(action: string): string {
    const key = `auditTrail.actions.${action}`;
    return isTranslationKey(key) ? this.i18n.t(key) : action;
  }

  protected entityLabel(entityType: string): string {
    const key = `auditTrail.entities.${entityType}`;
    return isTranslationKey(key) ? this.i18n.t(key) : entityType;
  }

  protected fieldLabel(field: string): string {
    const key = `auditTrail.fields.${field}`;
    return isTranslationKey(key) ? this.i18n.t(key) : field;
  }

  protected changeLines(event: AuditEvent): ChangeLine[] {
    return Object.entries(event.changes ?? {}).map(([field, change]) => ({
      field: this.fieldLabel(field),
      before: show(change.before),
      after: show(change.after),
    }));
  }

  protected details(event: AuditEvent): string[] {
    return Object.entries(event.details ?? {}).map(([key, value]) => `${this.fieldLabel(key)}: ${show(value)}`);
  }

  protected shortId(id: string | null): string {
    return id ? id.slice(0, 8) : '';
  }
}
