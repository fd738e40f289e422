import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { firstValueFrom, type Observable } from 'rxjs';
import { AuthService } from '../../../core/auth';
import { I18nService, TranslatePipe, type TranslationKey } from '../../../core/i18n';
import { asKey } from '../../../shared/ui/translation-key';
import { Deadline } from '../../../shared/ui/deadline';
import { FormSummary, formFailure, type FormFailure } from '../../../shared/ui/form-summary';
import { LoadError } from '../../../shared/ui/load-error';
import { companyPeopleChoices } from '../../organization/people/people.data';
import { ImprovementActionsData, type ActionStep, type ImprovementAction } from '../improvement-actions.data';

const today = () => new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);

/** One action: what it is about, and the next step of its life cycle as the main action. */
@Component({
  selector: 'app-action-detail-page',
  imports: [
    Deadline,
    FormSummary,
    LoadError,
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  template: `
    <div class="form-page">
      <a class="back-link" routerLink="/improvement-actions">
        <mat-icon svgIcon="arrowBack" aria-hidden="true" />
        {{ 'common.backToList' | t }}
      </a>
      @if (action.error(); as error) {
        <app-load-error [error]="error" (retry)="action.reload()" />
      } @else if (current(); as a) {
        <header class="page-header">
          <div>
            <h1 class="page-title" data-testid="action-heading">{{ a.title }}</h1>
            <p class="chips">
              <span class="status-chip" data-testid="action-status" [attr.data-status]="a.status">{{
                k('improvementActions.status.' + a.status) | t
              }}</span>
              <span>{{ k('improvementActions.grade.' + a.grade) | t }}</span>
              <span>{{ k('improvementActions.kind.' + a.kind) | t }}</span>
            </p>
          </div>
        </header>
        @if (failure(); as f) {
          <app-form-summary [failure]="f" (reload)="reload()" />
        }
        <dl class="facts">
          <dt>{{ 'improvementActions.detail.source' | t }}</dt>
          <dd>
            {{ k('improvementActions.source.' + a.sourceType) | t }}
            @if (a.sourceLabel) {
              — {{ a.sourceLabel }}
            }
          </dd>
          <dt>{{ 'improvementActions.detail.owner' | t }}</dt>
          <dd>{{ a.owner.name }}</dd>
          <dt>{{ 'improvementActions.detail.due' | t }}</dt>
          <dd>
            @if (a.status === 'closed') {
              {{ i18n.formatDate(a.dueOn) }}
            } @else {
              <app-deadline [due]="a.dueOn" [warnDays]="7" />
            }
          </dd>
          <dt>{{ 'improvementActions.form.description' | t }}</dt>
          <dd class="pre">{{ a.description }}</dd>
        </dl>

        <form class="form-section" [formGroup]="plan" (ngSubmit)="savePlan(a)">
          <mat-form-field>
            <mat-label>{{ 'improvementActions.form.rootCause' | t }}</mat-label>
            <textarea matInput formControlName="rootCause" rows="2" data-testid="action-root-cause"></textarea>
            <mat-hint>{{ 'improvementActions.form.rootCauseHint' | t }}</mat-hint>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'improvementActions.form.plan' | t }}</mat-label>
            <textarea matInput formControlName="plan" rows="2" data-testid="action-plan"></textarea>
          </mat-form-field>
          @if (canUpdate() && a.status !== 'closed') {
            <div class="form-actions">
              <button
                mat-stroked-button
                type="submit"
                [disabled]="busy() || plan.pristine"
                data-testid="action-plan-save"
              >
                {{ 'improvementActions.form.save' | t }}
              </button>
            </div>
          }
        </form>

        <section class="lifecycle" aria-labelledby="lifecycle-heading">
          <h2 id="lifecycle-heading" class="form-section-title">{{ 'improvementActions.detail.lifecycle' | t }}</h2>
          @if (a.implementedOn) {
            <p>
              {{ 'improvementActions.detail.implementedOn' | t }}: {{ i18n.formatDate(a.implementedOn) }}
              @if (a.implementationNote) {
                — {{ a.implementationNote }}
              }
            </p>
          }
          @if (a.verifier) {
            <p data-testid="action-effectiveness">
              {{ 'improvementActions.detail.effectiveness' | t }}: {{ effectiveness(a) }}
              @if (a.effectivenessNote) {
                — {{ a.effectivenessNote }}
              }
            </p>
          }
          @if (a.needsClosingApproval) {
            <p data-testid="action-approval">
              @if (a.closingApprovedByName) {
                {{
                  'improvementActions.detail.approvedBy'
                    | t: { name: a.closingApprovedByName, at: i18n.formatDateTime(a.closingApprovedAt!) }
                }}
              } @else {
                {{ 'improvementActions.detail.approvalNeeded' | t }}
              }
            </p>
          }
          @if (a.closedOn) {
            <p>{{ 'improvementActions.detail.closedOn' | t }}: {{ i18n.formatDate(a.closedOn) }}</p>
          }
          @if (a.reopenReason) {
            <p>{{ 'improvementActions.detail.reopenReason' | t }}: {{ a.reopenReason }}</p>
          }

          @if (canUpdate()) {
            <form class="step-form" [formGroup]="step" (ngSubmit)="$event.preventDefault()">
              @if (needs(a, 'implement') || needs(a, 'verify_effective')) {
                <mat-form-field>
                  <mat-label>{{
                    (needs(a, 'implement')
                      ? 'improvementActions.detail.implementedOn'
                      : 'improvementActions.detail.checkedOn'
                    ) | t
                  }}</mat-label>
                  <input matInput [matDatepicker]="onPicker" formControlName="on" data-testid="step-on" />
                  <mat-datepicker-toggle matIconSuffix [for]="onPicker" />
                  <mat-datepicker #onPicker />
                </mat-form-field>
              }
              @if (needs(a, 'verify_effective')) {
                <mat-form-field>
                  <mat-label>{{ 'improvementActions.detail.verifier' | t }}</mat-label>
                  <mat-select formControlName="verifierPersonId" data-testid="step-verifier">
                    @for (p of people(); track p.id) {
                      <mat-option [value]="p.id">{{ p.name }}</mat-option>
                    }
                  </mat-select>
                  <mat-hint>{{ 'improvementActions.detail.verifierHint' | t }}</mat-hint>
                </mat-form-field>
              }
              @if (a.allowedSteps.length && !needs(a, 'start')) {
                <mat-form-field>
                  <mat-label>{{
                    (needs(a, 'reopen') ? 'improvementActions.detail.reopenReason' : 'improvementActions.detail.note')
                      | t
                  }}</mat-label>
                  <textarea matInput formControlName="note" rows="2" data-testid="step-note"></textarea>
                </mat-form-field>
              }
              <div class="form-actions">
                @if (a.needsClosingApproval && !a.closingApprovedByName && isExecutive() && a.status !== 'closed') {
                  <button
                    mat-stroked-button
                    type="button"
                    [disabled]="busy()"
                    (click)="approve(a)"
                    data-testid="action-approve"
                  >
                    {{ 'improvementActions.detail.approve' | t }}
                  </button>
                }
                @for (s of a.allowedSteps; track s) {
                  <button
                    mat-flat-button
                    type="button"
                    [class.secondary]="s === 'verify_not_effective' || s === 'reopen'"
                    [disabled]="busy()"
                    (click)="take(a, s)"
                    [attr.data-testid]="'step-' + s"
                  >
                    {{ stepKey(s) | t }}
                  </button>
                }
              </div>
            </form>
          }
        </section>
      } @else {
        <p role="status">{{ 'loading.label' | t }}</p>
      }
    </div>
  `,
  styles: `
    .chips {
      display: flex;
      gap: 12px;
      align-items: center;
      margin: 4px 0 0;
    }
    .status-chip {
      padding: 2px 10px;
      border-radius: 12px;
      background: var(--mat-sys-secondary-container);
    }
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 6px 16px;
      margin: 16px 0 24px;
    }
    .facts dt {
      font-weight: 500;
    }
    .facts dd {
      margin: 0;
    }
    .pre {
      white-space: pre-wrap;
    }
    .lifecycle {
      margin-top: 24px;
    }
    .step-form {
      display: flex;
      flex-direction: column;
      max-width: 640px;
    }
    .form-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    button.secondary {
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActionDetailPage {
  protected readonly k = asKey;
  readonly id = input.required<string>();
  private readonly data = inject(ImprovementActionsData);
  private readonly auth = inject(AuthService);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly i18n = inject(I18nService);

  protected readonly action = rxResource({ params: () => this.id(), stream: ({ params }) => this.data.get(params) });
  protected readonly current = signal<ImprovementAction | null>(null);
  protected readonly busy = signal(false);
  protected readonly failure = signal<FormFailure | null>(null);
  protected readonly people = companyPeopleChoices(() => this.current()?.companyId ?? null);
  protected readonly canUpdate = computed(() => {
    const a = this.current();
    return !!a && this.auth.can({ resource: 'improvement_action', action: 'update' }, a.companyId);
  });
  protected readonly isExecutive = computed(() => {
    const a = this.current();
    const me = this.auth.me();
    if (!a || !me) return false;
    const entry =
      me.permissions.find((p) => p.companyId === a.companyId) ?? me.permissions.find((p) => p.companyId === null);
    return entry?.roles.includes('executive') ?? false;
  });

  protected readonly plan = new FormGroup({
    rootCause: new FormControl('', { nonNullable: true }),
    plan: new FormControl('', { nonNullable: true }),
  });
  protected readonly step = new FormGroup({
    on: new FormControl(today(), { nonNullable: true }),
    verifierPersonId: new FormControl('', { nonNullable: true }),
    note: new FormControl('', { nonNullable: true }),
  });

  constructor() {
    // Only a fresh load refills the page; writes refill it themselves (show() reads other signals).
    effect(() => {
      if (!this.action.hasValue()) return;
      const loaded = this.action.value();
      untracked(() => this.show(loaded));
    });
  }

  private show(a: ImprovementAction): void {
    this.current.set(a);
    this.plan.reset({ rootCause: a.rootCause ?? '', plan: a.plan ?? '' });
    if (!this.canUpdate() || a.status === 'closed') this.plan.disable();
    else this.plan.enable();
    this.step.reset({ on: today(), verifierPersonId: a.verifier?.id ?? '', note: '' });
  }

  /** Who checked the effectiveness, when, and what they found, as one list. */
  protected effectiveness(a: ImprovementAction): string {
    return this.i18n.joinList([
      a.verifier?.name ?? '',
      a.effectivenessCheckedOn ? this.i18n.formatDate(a.effectivenessCheckedOn) : '',
      this.i18n.t(
        a.effectivenessResult === 'effective'
          ? 'improvementActions.detail.effective'
          : 'improvementActions.detail.notEffective',
      ),
    ]);
  }

  protected needs(a: ImprovementAction, s: ActionStep): boolean {
    if (s === 'verify_effective') return a.allowedSteps.includes('verify_effective');
    return a.allowedSteps.includes(s);
  }

  protected stepKey(s: ActionStep): TranslationKey {
    return `improvementActions.step.${s}`;
  }

  private async run(call: Observable<ImprovementAction>, done: TranslationKey): Promise<void> {
    this.busy.set(true);
    this.failure.set(null);
    try {
      this.show(await firstValueFrom(call));
      this.snackBar.open(this.i18n.t(done), this.i18n.t('errors.dismiss'), { duration: 4000 });
    } catch (error) {
      this.failure.set(formFailure(error, this.step));
    } finally {
      this.busy.set(false);
    }
  }

  protected savePlan(a: ImprovementAction): Promise<void> {
    const v = this.plan.getRawValue();
    return this.run(
      this.data.update(a.id, a.version, { rootCause: v.rootCause.trim() || null, plan: v.plan.trim() || null }),
      'improvementActions.form.saved',
    );
  }

  protected take(a: ImprovementAction, s: ActionStep): Promise<void> {
    const v = this.step.getRawValue();
    const body: Parameters<ImprovementActionsData['step']>[2] = { step: s };
    if (s === 'implement' || s === 'verify_effective' || s === 'verify_not_effective' || s === 'close') {
      if (v.on) body.on = v.on;
    }
    if (s === 'verify_effective' || s === 'verify_not_effective')
      body.verifierPersonId = v.verifierPersonId || undefined;
    if (s !== 'start' && v.note.trim()) body.note = v.note.trim();
    return this.run(this.data.step(a.id, a.version, body), 'improvementActions.detail.stepDone');
  }

  protected approve(a: ImprovementAction): Promise<void> {
    return this.run(this.data.approveClosing(a.id, a.version), 'improvementActions.detail.approved');
  }

  protected reload(): void {
    this.failure.set(null);
    this.action.reload();
  }
}
