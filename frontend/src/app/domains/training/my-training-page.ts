import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { I18nService, type TranslationKey, TranslatePipe, formatDate, relativeDeadline } from '../../core/i18n';
import { TrainingData } from './training.data';

/** "My training": what to do and by when, one big button each. Works at phone width. */
@Component({
  selector: 'app-my-training-page',
  imports: [MatButtonModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .cards {
      display: grid;
      gap: 16px;
      max-width: 720px;
    }
    .card {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 16px;
    }
    .card h2 {
      margin: 0 0 8px;
      font-size: 1.15rem;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      margin-bottom: 12px;
    }
    .chip {
      padding: 2px 10px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-high);
    }
    .chip.overdue {
      background: #ffdad6;
      color: #8c1d18;
    }
    .chip.passed {
      background: #d7f5dd;
      color: #0f5223;
    }
    .big {
      width: 100%;
      min-height: 48px;
      font-size: 1rem;
    }
  `,
  template: `
    <h1>{{ 'training.my.title' | t }}</h1>
    <p>{{ 'training.my.intro' | t }}</p>
    @if (mine.hasValue()) {
      @if (mine.value().items.length === 0) {
        <p>{{ 'training.my.empty' | t }}</p>
      }
      <div class="cards">
        @for (a of mine.value().items; track a.id) {
          <section class="card" [attr.data-assignment]="a.id">
            <h2>{{ i18n.lang() === 'ja' ? a.titleJa : a.titleEn }}</h2>
            <div class="meta">
              <span class="chip" [class.overdue]="a.state === 'overdue'" [class.passed]="a.state === 'passed'">{{
                k('training.state.' + a.state) | t
              }}</span>
              @if (a.kind === 'makeup') {
                <span class="chip">{{ 'training.kind.makeup' | t }}</span>
              }
              <span>{{ 'training.my.due' | t: { date: date(a.dueOn) } }} ({{ relative(a.dueOn) }})</span>
              @if (a.attempts) {
                <span>{{ 'training.my.attempts' | t: { n: a.attempts } }}</span>
              }
            </div>
            @if (a.attestationId) {
              <a mat-stroked-button class="big" [routerLink]="['/training/attestations', a.attestationId]">{{
                'training.my.certificate' | t
              }}</a>
            } @else if (a.state !== 'withdrawn') {
              <a mat-flat-button class="big" [routerLink]="['/training/my', a.id]">{{
                (a.attempts ? 'training.my.retry' : 'training.my.start') | t
              }}</a>
            }
          </section>
        }
      </div>
    }
  `,
})
export class MyTrainingPage {
  private readonly data = inject(TrainingData);
  protected readonly i18n = inject(I18nService);
  protected readonly k = (key: string) => key as TranslationKey;
  protected readonly mine = rxResource({ stream: () => this.data.mine() });
  protected date(d: string) {
    return formatDate(d, this.i18n.lang());
  }
  protected relative(d: string) {
    return relativeDeadline(d, this.i18n.lang());
  }
}
