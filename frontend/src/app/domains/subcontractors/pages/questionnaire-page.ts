import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatDialog } from '@angular/material/dialog';
import { MatInputModule } from '@angular/material/input';
import { firstValueFrom } from 'rxjs';
import { ApiProblem } from '../../../core/errors';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { AuthFrame } from '../../../core/shell/auth-frame';
import { Attachments } from '../../../shared/ui/attachments';
import { confirmAction } from '../../../shared/ui/confirm-dialog';
import { SubcontractorsData, type PublicQuestionnaire } from '../subcontractors.data';

/**
 * The questionnaire as the subcontractor's contact sees it, through the one-time link: no account,
 * nothing but the questions; save and come back, attach evidence, submit once.
 */
@Component({
  selector: 'app-questionnaire-page',
  imports: [
    Attachments,
    AuthFrame,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-auth-frame>
      <h1 class="title">{{ 'questionnaire.title' | t }}</h1>
      @if (submitted()) {
        <p role="status" data-testid="q-submitted">{{ 'questionnaire.submitted' | t }}</p>
      } @else if (q.error(); as error) {
        <p role="alert" data-testid="q-gone">
          {{ (gone(error) ? 'questionnaire.gone' : 'questionnaire.notFound') | t }}
        </p>
      } @else if (q.value(); as data) {
        <p>{{ 'questionnaire.intro' | t: { requester: data.requesterName, subcontractor: data.subcontractorName } }}</p>
        <p class="muted">{{ 'questionnaire.expires' | t: { date: i18n.formatDateTime(data.expiresAt) } }}</p>
        @if (message(); as m) {
          <p role="status" class="note" data-testid="q-message">{{ m | t }}</p>
        }
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="q-form">
          @for (question of data.questions; track question.key; let i = $index) {
            <div class="question">
              <label class="question-text" [for]="'q-' + question.key"
                >{{ i + 1 }}. {{ i18n.lang() === 'en' ? question.textEn : question.textJa }}</label
              >
              <mat-form-field class="answer" subscriptSizing="dynamic">
                <textarea
                  matInput
                  rows="3"
                  [id]="'q-' + question.key"
                  [formControlName]="question.key"
                  [attr.data-testid]="'q-answer-' + i"
                ></textarea>
              </mat-form-field>
            </div>
          }
          <app-attachments [url]="'/api/v1/questionnaires/' + token() + '/evidence'" [canUpload]="true" />
          <div class="actions">
            <button mat-stroked-button type="button" [disabled]="busy()" (click)="save()" data-testid="q-save">
              {{ 'questionnaire.save' | t }}
            </button>
            <button mat-flat-button type="submit" [disabled]="busy()" data-testid="q-submit">
              {{ 'questionnaire.submit' | t }}
            </button>
          </div>
        </form>
      } @else {
        <p role="status">{{ 'loading.label' | t }}</p>
      }
    </app-auth-frame>
  `,
  styles: `
    .title {
      margin: 0 0 12px;
      font: var(--mat-sys-headline-small);
    }
    .question {
      margin: 0 0 16px;
    }
    .question-text {
      display: block;
      margin: 0 0 6px;
      font: var(--mat-sys-body-medium);
    }
    .answer {
      width: 100%;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .note {
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      justify-content: flex-end;
      margin-top: 16px;
    }
  `,
})
export class QuestionnairePage {
  private readonly data = inject(SubcontractorsData);
  protected readonly i18n = inject(I18nService);
  private readonly dialog = inject(MatDialog);

  readonly token = input.required<string>();

  protected readonly q = rxResource({
    params: () => this.token(),
    stream: ({ params }) => this.data.questionnaire(params),
  });
  protected readonly form = new FormGroup<Record<string, FormControl<string>>>({});
  protected readonly busy = signal(false);
  protected readonly submitted = signal(false);
  protected readonly message = signal<'questionnaire.saved' | 'questionnaire.required' | null>(null);
  private readonly loaded = computed<PublicQuestionnaire | null>(() => (this.q.hasValue() ? this.q.value() : null));

  constructor() {
    let languageSet = false;
    effect(() => {
      const data = this.loaded();
      untracked(() => {
        if (!data) return;
        if (!languageSet && !this.i18n.hasSavedChoice()) this.i18n.use(data.language);
        languageSet = true;
        for (const question of data.questions) {
          const value = data.answers[question.key] ?? '';
          const control = this.form.controls[question.key];
          if (control) control.setValue(value);
          else this.form.addControl(question.key, new FormControl(value, { nonNullable: true }));
        }
      });
    });
  }

  protected gone(error: unknown): boolean {
    return error instanceof ApiProblem && error.status === 410;
  }

  private answers(): Record<string, string> {
    return this.form.getRawValue();
  }

  protected async save(): Promise<void> {
    this.busy.set(true);
    try {
      await firstValueFrom(this.data.saveAnswers(this.token(), this.answers()));
      this.message.set('questionnaire.saved');
    } catch {
      this.q.reload();
    } finally {
      this.busy.set(false);
    }
  }

  protected async submit(): Promise<void> {
    const data = this.loaded();
    if (!data) return;
    const answers = this.answers();
    if (data.questions.some((question) => !answers[question.key]?.trim())) {
      this.message.set('questionnaire.required');
      return;
    }
    const confirmed = await confirmAction(this.dialog, {
      title: 'questionnaire.submit',
      body: 'questionnaire.confirmSubmit',
      confirm: 'questionnaire.submit',
    });
    if (!confirmed) return;
    this.busy.set(true);
    try {
      await firstValueFrom(this.data.submitAnswers(this.token(), answers));
      this.submitted.set(true);
    } catch {
      this.q.reload();
    } finally {
      this.busy.set(false);
    }
  }
}
