import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatRadioModule } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import { I18nService, type TranslationKey, ParenPipe, TranslatePipe } from '../../core/i18n';
import { Attachments } from '../../shared/ui/attachments';
import { AttemptResult, blocks, TrainingData } from './training.data';

/** Read the course, answer the (shuffled) quiz, accept the pledge, submit; the server grades. */
@Component({
  selector: 'app-take-training-page',
  imports: [Attachments, MatButtonModule, MatCheckboxModule, MatRadioModule, RouterLink, ParenPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
      max-width: 760px;
    }
    .material {
      border-left: 4px solid var(--mat-sys-primary);
      padding: 4px 16px;
      margin-bottom: 24px;
    }
    fieldset {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      margin: 0 0 16px;
      padding: 12px 16px;
    }
    legend {
      font-weight: 600;
      padding: 0 4px;
    }
    .options {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .pledge {
      background: var(--mat-sys-surface-container);
      padding: 12px 16px;
      border-radius: 8px;
      white-space: pre-wrap;
    }
    .big {
      width: 100%;
      min-height: 48px;
      font-size: 1rem;
      margin-top: 16px;
    }
    .result {
      padding: 12px 16px;
      border-radius: 8px;
      margin: 16px 0;
    }
    .result.passed {
      background: #d7f5dd;
      color: #0f5223;
    }
    .result.failed {
      background: #ffdad6;
      color: #8c1d18;
    }
  `,
  template: `
    <a mat-button routerLink="/training/my">← {{ 'training.take.back' | t }}</a>
    @if (detail.hasValue()) {
      @let d = detail.value();
      @let ja = i18n.lang() === 'ja';
      <h1>{{ ja ? d.course.titleJa : d.course.titleEn }}</h1>
      <h2>{{ 'training.take.read' | t }}</h2>
      <div class="material">
        @for (b of ja ? bodyJa() : bodyEn(); track $index) {
          @switch (b.kind) {
            @case ('h') {
              <h3>{{ b.text }}</h3>
            }
            @case ('li') {
              <p>{{ i18n.bullet() }}{{ b.text }}</p>
            }
            @default {
              <p>{{ b.text }}</p>
            }
          }
        }
        @if (d.course.videoUrls.length) {
          <h3>{{ 'training.take.videos' | t }}</h3>
          @for (v of d.course.videoUrls; track v) {
            <p>
              <a [href]="v" target="_blank" rel="noopener">{{ v }}</a>
            </p>
          }
        }
        @if (d.course.attachments.length) {
          <app-attachments
            data-testid="course-files"
            [url]="'/api/v1/training/me/assignments/' + id() + '/attachments'"
          />
        }
      </div>
      @if (result(); as r) {
        <div class="result" [class.passed]="r.passed" [class.failed]="!r.passed" role="status">
          @if (r.passed) {
            {{ 'training.take.passed' | t: { score: r.score } }}
          } @else {
            {{ 'training.take.failed' | t: { score: r.score, mark: r.passMark } }}
            {{ 'training.take.wrong' | t: { n: r.total - r.correct } }}
          }
        </div>
        @if (r.attestationId) {
          <a mat-flat-button class="big" [routerLink]="['/training/attestations', r.attestationId]">{{
            'training.my.certificate' | t
          }}</a>
        } @else {
          <button mat-flat-button class="big" type="button" (click)="again()">{{ 'training.my.retry' | t }}</button>
        }
      } @else if (d.state !== 'passed') {
        <h2>{{ 'training.take.quiz' | t }}</h2>
        <p>{{ 'training.take.quizHelp' | t: { mark: d.course.passMark } }}</p>
        @for (q of d.course.questions; track q.id; let i = $index) {
          <fieldset [attr.data-question]="q.id">
            <legend>
              {{ i + 1 }}. {{ ja ? q.textJa : q.textEn }}
              <small>{{ k('training.questionKind.' + q.kind) | t | paren }}</small>
            </legend>
            <div class="options">
              @if (q.kind === 'single') {
                <mat-radio-group [attr.aria-label]="ja ? q.textJa : q.textEn" (change)="pick(q.id, [$event.value])">
                  @for (o of q.options; track o.id) {
                    <mat-radio-button [value]="o.id" [attr.data-option]="o.id">{{
                      ja ? o.textJa : o.textEn
                    }}</mat-radio-button>
                  }
                </mat-radio-group>
              } @else {
                @for (o of q.options; track o.id) {
                  <mat-checkbox [attr.data-option]="o.id" (change)="toggle(q.id, o.id, $event.checked)">{{
                    ja ? o.textJa : o.textEn
                  }}</mat-checkbox>
                }
              }
            </div>
          </fieldset>
        }
        <h2>{{ 'training.take.pledge' | t }}</h2>
        <div class="pledge">{{ ja ? d.course.pledgeJa : d.course.pledgeEn }}</div>
        <mat-checkbox class="accept" (change)="accepted.set($event.checked)">{{
          'training.take.accept' | t
        }}</mat-checkbox>
        @if (incomplete()) {
          <p role="alert">{{ 'training.take.answerAll' | t }}</p>
        }
        <button mat-flat-button class="big submit" type="button" [disabled]="!accepted() || busy()" (click)="submit()">
          {{ 'training.take.submit' | t }}
        </button>
      }
    }
  `,
})
export class TakeTrainingPage {
  readonly id = input.required<string>();
  private readonly data = inject(TrainingData);
  protected readonly i18n = inject(I18nService);
  protected readonly k = (key: string) => key as TranslationKey;
  protected readonly detail = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.data.myAssignment(params),
  });
  protected readonly bodyJa = computed(() => (this.detail.hasValue() ? blocks(this.detail.value().course.bodyJa) : []));
  protected readonly bodyEn = computed(() => (this.detail.hasValue() ? blocks(this.detail.value().course.bodyEn) : []));
  private readonly answers = new Map<string, string[]>();
  protected readonly accepted = signal(false);
  protected readonly busy = signal(false);
  protected readonly incomplete = signal(false);
  protected readonly result = signal<AttemptResult | null>(null);

  protected pick(questionId: string, optionIds: string[]) {
    this.answers.set(questionId, optionIds);
  }
  protected toggle(questionId: string, optionId: string, on: boolean) {
    const current = new Set(this.answers.get(questionId) ?? []);
    if (on) current.add(optionId);
    else current.delete(optionId);
    this.answers.set(questionId, [...current]);
  }
  protected submit() {
    const d = this.detail.value();
    if (!d) return;
    if (d.course.questions.some((q) => !this.answers.get(q.id)?.length)) {
      this.incomplete.set(true);
      return;
    }
    this.incomplete.set(false);
    this.busy.set(true);
    this.data
      .submit(this.id(), {
        courseVersionId: d.course.versionId,
        pledgeAccepted: this.accepted(),
        answers: d.course.questions.map((q) => ({ questionId: q.id, optionIds: this.answers.get(q.id) ?? [] })),
      })
      .subscribe({
        next: (r) => {
          this.result.set(r);
          this.busy.set(false);
        },
        error: () => this.busy.set(false),
      });
  }
  protected again() {
    this.answers.clear();
    this.accepted.set(false);
    this.result.set(null);
    this.detail.reload();
  }
}
