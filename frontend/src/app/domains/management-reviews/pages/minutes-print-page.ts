import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { asKey } from '../../../shared/ui/translation-key';
import { LoadError } from '../../../shared/ui/load-error';
import {
  ManagementReviewsData,
  figureKey,
  figureValue,
  inputLabelKey,
  inputNumberKey,
  reviewItemText,
  type ReviewInput,
} from '../management-reviews.data';

/** The minutes laid out for A4 paper: approval boxes (承認 / 確認 / 作成), inputs, decisions, page numbers. */
@Component({
  selector: 'app-minutes-print-page',
  imports: [LoadError, MatButtonModule, RouterLink, TranslatePipe],
  template: `
    @if (review.error(); as error) {
      <app-load-error [error]="error" (retry)="review.reload()" />
    } @else if (review.hasValue()) {
      @let r = review.value();
      <div class="screen-only bar">
        <a mat-stroked-button [routerLink]="['/management-reviews', r.id]">{{ 'managementReviews.print.back' | t }}</a>
        <button mat-flat-button type="button" (click)="print()" data-testid="minutes-print">
          {{ 'managementReviews.print.printNow' | t }}
        </button>
      </div>
      <article class="sheet" data-testid="minutes">
        <header class="head">
          <div>
            <h1>{{ 'managementReviews.print.heading' | t }}</h1>
            <p class="title">{{ r.title }}</p>
            <p class="sub">
              {{ i18n.lang() === 'en' ? r.companyNameEn : r.companyNameJa }}&#12288;{{
                'managementReviews.detail.revision' | t: { n: r.revision }
              }}&#12288;{{ k('managementReviews.status.' + r.status) | t }}
            </p>
          </div>
          <table class="stamps" aria-hidden="true">
            <tr>
              <th>{{ 'managementReviews.print.approve' | t }}</th>
              <th>{{ 'managementReviews.print.confirm' | t }}</th>
              <th>{{ 'managementReviews.print.prepare' | t }}</th>
            </tr>
            <tr>
              <td>
                @if (r.signedAt) {
                  <span class="stamp">{{ r.signedByName }}<br />{{ i18n.formatDate(r.signedAt) }}</span>
                }
              </td>
              <td></td>
              <td></td>
            </tr>
          </table>
        </header>
        <dl class="facts">
          <dt>{{ 'managementReviews.print.heldOn' | t }}</dt>
          <dd>{{ i18n.formatDate(r.heldOn) }}</dd>
          <dt>{{ 'managementReviews.print.chair' | t }}</dt>
          <dd>{{ r.chairName }}</dd>
          <dt>{{ 'managementReviews.print.attendees' | t }}</dt>
          <dd>
            {{ attendeeNames(r) }}
          </dd>
          <dt>{{ 'managementReviews.print.period' | t }}</dt>
          <dd>
            {{
              'managementReviews.detail.period'
                | t
                  : {
                      from: r.periodFrom ? i18n.formatDate(r.periodFrom) : ('managementReviews.detail.noPrevious' | t),
                      to: i18n.formatDate(r.heldOn),
                    }
            }}
          </dd>
          <dt>{{ 'managementReviews.print.compiledAt' | t }}</dt>
          <dd>{{ r.compiledAsOf ? i18n.formatDateTime(r.compiledAsOf) : '—' }}</dd>
          <dt>{{ 'managementReviews.print.auditReport' | t }}</dt>
          <dd>{{ r.auditReportReference ?? '—' }}</dd>
        </dl>
        <h2>{{ 'managementReviews.print.inputs' | t }}</h2>
        @for (i of r.inputs; track i.key) {
          <section class="input">
            <h3>{{ inputNumberKey(i.key) | t }} {{ inputLabelKey(i.key) | t }}</h3>
            @if (i.compiled?.length) {
              <p class="figures">
                {{ 'managementReviews.print.figures' | t }}:
                @for (c of i.compiled; track c.source) {
                  @for (f of c.figures; track f.key; let last = $last) {
                    {{ figureKey(f.key) | t }} {{ figureText(f.value) }}{{ last ? '' : '／' }}
                  }
                }
              </p>
              @if (lines(i).length) {
                <ul class="lines" data-testid="minutes-lines">
                  @for (line of lines(i); track $index) {
                    <li>{{ line }}</li>
                  }
                </ul>
              }
            }
            <p class="body">
              @if (i.noChange) {
                {{ 'managementReviews.detail.noChange' | t }}。
              }
              {{ i.commentary }}
            </p>
          </section>
        }
        <h2>{{ 'managementReviews.print.outputs' | t }}</h2>
        @if (r.decisions.length) {
          <table class="decisions">
            <tbody>
              @for (d of r.decisions; track d.id; let n = $index) {
                <tr>
                  <td>{{ n + 1 }}</td>
                  <td>{{ k('managementReviews.decisionType.' + d.type) | t }}</td>
                  <td>{{ d.description }}</td>
                  <td>{{ 'managementReviews.print.owner' | t }}: {{ d.ownerName }}</td>
                  <td>{{ 'managementReviews.print.due' | t }}: {{ d.dueOn ? i18n.formatDate(d.dueOn) : '—' }}</td>
                </tr>
              }
            </tbody>
          </table>
        } @else {
          <p>{{ 'managementReviews.print.noDecisions' | t }}</p>
        }
      </article>
    } @else {
      <p role="status">{{ 'loading.label' | t }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
      background: #f3f3f3;
      min-height: 100vh;
      padding: 16px;
      font-family: 'Noto Sans JP', sans-serif;
      line-height: 1.6;
    }
    .bar {
      display: flex;
      gap: 8px;
      justify-content: center;
      margin-bottom: 16px;
    }
    .sheet {
      background: #fff;
      width: 210mm;
      min-height: 297mm;
      margin: 0 auto;
      padding: 16mm 18mm;
      box-sizing: border-box;
      color: #000;
      font-size: 10.5pt;
    }
    .head {
      display: flex;
      justify-content: space-between;
      gap: 16px;
    }
    h1 {
      font-size: 18pt;
      margin: 0;
    }
    .title {
      font-size: 12pt;
      margin: 2px 0;
    }
    .sub {
      font-size: 9pt;
      margin: 0;
    }
    .stamps {
      border-collapse: collapse;
      font-size: 8pt;
    }
    .stamps th,
    .stamps td {
      border: 1px solid #000;
      width: 22mm;
      text-align: center;
    }
    .stamps td {
      height: 18mm;
      vertical-align: middle;
    }
    .stamp {
      display: inline-block;
      border: 1.5px solid #c0392b;
      color: #c0392b;
      border-radius: 50%;
      padding: 6px 4px;
      font-size: 7pt;
      line-height: 1.3;
    }
    .facts {
      display: grid;
      grid-template-columns: 34mm 1fr;
      gap: 2px 8px;
      margin: 10mm 0 4mm;
    }
    .facts dt {
      font-weight: 700;
    }
    .facts dd {
      margin: 0;
    }
    h2 {
      font-size: 12pt;
      border-bottom: 1px solid #000;
      margin: 6mm 0 3mm;
    }
    .input {
      break-inside: avoid;
      margin-bottom: 3mm;
    }
    h3 {
      font-size: 10.5pt;
      margin: 0;
    }
    .figures {
      font-size: 8.5pt;
      color: #444;
      margin: 0;
    }
    .lines {
      font-size: 8.5pt;
      color: #444;
      margin: 0 0 1mm;
      padding-inline-start: 5mm;
    }
    .body {
      margin: 0 0 0 4mm;
      white-space: pre-wrap;
    }
    .decisions {
      border-collapse: collapse;
      width: 100%;
      font-size: 9pt;
    }
    .decisions td {
      border: 1px solid #999;
      padding: 2px 4px;
    }
    @media print {
      :host {
        background: #fff;
        padding: 0;
      }
      .screen-only {
        display: none;
      }
      .sheet {
        width: auto;
        min-height: 0;
        padding: 0;
      }
    }
    @page {
      size: A4;
      margin: 15mm 15mm 18mm;
      @bottom-center {
        content: counter(page) ' / ' counter(pages);
        font-size: 8pt;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MinutesPrintPage {
  protected readonly k = asKey;
  readonly id = input.required<string>();
  private readonly data = inject(ManagementReviewsData);
  protected readonly i18n = inject(I18nService);

  protected attendeeNames(r: { attendees: readonly { name: string }[] }): string {
    return this.i18n.joinList(r.attendees.map((a) => a.name));
  }
  protected readonly review = rxResource({ params: () => this.id(), stream: ({ params }) => this.data.get(params) });
  protected readonly figureKey = figureKey;
  protected figureText(value: string | number | null): string {
    return figureValue(value, this.i18n);
  }

  /** An input's compiled lines, at most ten, as the PDF minutes print them. */
  protected lines(input: ReviewInput): string[] {
    return (input.compiled ?? [])
      .flatMap((c) => c.items)
      .slice(0, 10)
      .map((item) => reviewItemText(item, this.i18n));
  }
  protected readonly inputNumberKey = inputNumberKey;
  protected readonly inputLabelKey = inputLabelKey;

  protected print(): void {
    window.print();
  }
}
