import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom, of } from 'rxjs';
import { AuthService } from '../../../core/auth';
import { ApiProblem, problemMessageKey } from '../../../core/errors';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { confirmAction } from '../../../shared/ui/confirm-dialog';
import { Attachments } from '../../../shared/ui/attachments';
import { LoadError } from '../../../shared/ui/load-error';
import { type Arrangement, type FieldDiff, type JointUser, JointUseData } from '../joint-use.data';
import { fieldKey, itemKey, jointUseProblemText, kindKey, statusKey } from '../joint-use.view';

/**
 * One joint-use arrangement: what its notice says and lacks, its joint users and their contracts, the
 * published versions with what changed, and the public text to copy into the privacy policy.
 */
@Component({
  selector: 'app-arrangement-detail-page',
  imports: [
    Attachments,
    LoadError,
    MatButtonModule,
    MatButtonToggleModule,
    MatIconModule,
    MatTabsModule,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './arrangement-detail-page.html',
  styleUrl: './arrangement-detail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ArrangementDetailPage {
  private readonly data = inject(JointUseData);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18nService);

  readonly id = input.required<string>();

  protected readonly itemKey = itemKey;
  protected readonly fieldKey = fieldKey;
  protected readonly kindKey = kindKey;
  protected readonly statusKey = statusKey;

  protected readonly arrangement = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.data.get(params),
  });
  protected readonly versions = rxResource({
    params: () => ({ id: this.id(), at: this.arrangement.hasValue() ? this.arrangement.value().currentVersionNo : 0 }),
    stream: ({ params }) => this.data.versions(params.id),
  });
  /** The arrangement's signed joint-use contracts, through the shared attachments panel. */
  protected readonly contractsUrl = computed(() => this.data.contractsUrl(this.id()));
  protected readonly noticeLang = signal<'ja' | 'en'>('ja');
  protected readonly notice = rxResource({
    params: () => {
      const a = this.arrangement.hasValue() ? this.arrangement.value() : null;
      return a ? { id: a.id, lang: this.noticeLang(), published: a.currentVersionNo } : null;
    },
    stream: ({ params }) => (params && params.published > 0 ? this.data.notice(params.id, params.lang) : of(null)),
  });

  protected readonly a = computed(() => (this.arrangement.hasValue() ? this.arrangement.value() : null));
  protected readonly canUpdate = computed(() => {
    const a = this.a();
    return !!a && a.status !== 'ended' && this.auth.can({ resource: 'joint_use', action: 'update' }, a.companyId);
  });
  protected readonly canDelete = computed(() => {
    const a = this.a();
    return !!a && a.status === 'draft' && this.auth.can({ resource: 'joint_use', action: 'delete' }, a.companyId);
  });
  protected readonly hasPending = computed(() => {
    const a = this.a();
    return !!a && (a.status === 'draft' || a.pending.kinds.length > 0 || a.groupReview.needed);
  });
  protected readonly problem = signal<string | null>(null);
  protected readonly busy = signal(false);

  constructor() {
    effect(() => {
      this.id();
      untracked(() => this.problem.set(null));
    });
  }

  protected joined(values: readonly string[], key: (v: string) => Parameters<I18nService['t']>[0]): string {
    return this.i18n.joinList(values.map((v) => this.i18n.t(key(v))));
  }

  protected names(list: readonly { nameJa: string }[]): string {
    return list.map((c) => c.nameJa).join('、');
  }

  protected responsibleName(a: Arrangement): string {
    return this.i18n.lang() === 'en' && a.responsibleNameEn ? a.responsibleNameEn : a.responsibleNameJa;
  }

  protected contractMissing(u: JointUser): boolean {
    return !u.contractSignedOn || !u.contractReference?.trim();
  }

  /** A diff value as text: joint users as their names, booleans as yes / no. */
  protected show(value: unknown): string {
    if (value === null || value === undefined || value === '') return this.i18n.t('jointUse.field.none');
    if (typeof value === 'boolean') return this.i18n.t(value ? 'jointUse.field.yes' : 'jointUse.field.no');
    if (Array.isArray(value)) {
      return value.length
        ? this.i18n.joinList((value as JointUser[]).map((u) => u.name))
        : this.i18n.t('jointUse.field.none');
    }
    return String(value);
  }

  protected diffField(d: FieldDiff): string {
    return this.i18n.t(fieldKey(d.field));
  }

  protected async publish(): Promise<void> {
    const a = this.a();
    if (!a || this.busy()) return;
    const n = a.currentVersionNo + 1;
    const confirmed = await confirmAction(this.dialog, {
      title: 'jointUse.detail.publishTitle',
      body: 'jointUse.detail.publishBody',
      confirm: 'jointUse.detail.publish',
      params: { n },
    });
    if (!confirmed) return;
    await this.run(async () => {
      const saved = await firstValueFrom(this.data.publish(a.id, a.version));
      this.arrangement.set(saved);
      this.snackBar.open(this.i18n.t('jointUse.detail.published', { n }), this.i18n.t('errors.dismiss'), {
        duration: 5000,
      });
    });
  }

  protected async end(): Promise<void> {
    const a = this.a();
    if (!a || this.busy()) return;
    const confirmed = await confirmAction(this.dialog, {
      title: 'jointUse.detail.endTitle',
      body: 'jointUse.detail.endBody',
      confirm: 'jointUse.detail.end',
      danger: true,
    });
    if (!confirmed) return;
    await this.run(async () => {
      this.arrangement.set(await firstValueFrom(this.data.end(a.id, a.version)));
      this.snackBar.open(this.i18n.t('jointUse.detail.ended'), this.i18n.t('errors.dismiss'), { duration: 5000 });
    });
  }

  protected async remove(): Promise<void> {
    const a = this.a();
    if (!a) return;
    const confirmed = await confirmAction(this.dialog, {
      title: 'jointUse.detail.deleteTitle',
      body: 'jointUse.detail.deleteBody',
      confirm: 'common.delete',
      params: { name: a.title },
      danger: true,
    });
    if (!confirmed) return;
    await this.run(async () => {
      await firstValueFrom(this.data.remove(a.id, a.version));
      this.snackBar.open(this.i18n.t('jointUse.detail.deleted'), this.i18n.t('errors.dismiss'), { duration: 5000 });
      await this.router.navigate(['/joint-use']);
    });
  }

  protected async copyNotice(): Promise<void> {
    const text = this.notice.hasValue() ? this.notice.value()?.text : null;
    if (!text) return;
    try {
      await navigator.clipboard.writeText(text);
      this.snackBar.open(this.i18n.t('jointUse.notice.copied'), this.i18n.t('errors.dismiss'), { duration: 4000 });
    } catch {
      this.snackBar.open(this.i18n.t('jointUse.notice.copyFailed'), this.i18n.t('errors.dismiss'), { duration: 6000 });
    }
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    try {
      await action();
    } catch (error) {
      this.problem.set(
        jointUseProblemText(this.i18n, error) ??
          this.i18n.t(
            problemMessageKey(error instanceof ApiProblem ? error : new ApiProblem({ status: 0, code: 'UNKNOWN' })),
          ),
      );
    } finally {
      this.busy.set(false);
    }
  }
}
