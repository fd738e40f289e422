import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { I18nService, type TranslationKey, TranslatePipe, formatDate, formatDateTime } from '../../core/i18n';
import { TrainingData } from './training.data';

/** 教育実施サマリー: the printable education summary for the PrivacyMark application (A4, approval boxes). */
@Component({
  selector: 'app-summary-page',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .sheet {
      max-width: 780px;
    }
    .stamps {
      display: flex;
      justify-content: flex-end;
      gap: 0;
      margin-bottom: 16px;
    }
    .stamps div {
      border: 1px solid #000;
      width: 72px;
      text-align: center;
    }
    .stamps span {
      display: block;
      border-bottom: 1px solid #000;
      font-size: 0.8rem;
    }
    .stamps i {
      display: block;
      height: 56px;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      margin: 8px 0;
    }
    th,
    td {
      border: 1px solid #888;
      padding: 4px 8px;
      text-align: left;
    }
    @media print {
      .no-print {
        display: none;
      }
      @page {
        size: A4;
        margin: 16mm;
      }
    }
  `,
  template: `
    @if (s.hasValue()) {
      @let v = s.value();
      @let ja = i18n.lang() === 'ja';
      <div class="sheet">
        <div class="stamps">
          <div>
            <span>{{ 'training.summary.approval.approved' | t }}</span><i></i>
          </div>
          <div>
            <span>{{ 'training.summary.approval.checked' | t }}</span><i></i>
          </div>
          <div>
            <span>{{ 'training.summary.approval.prepared' | t }}</span><i></i>
          </div>
        </div>
        <h1>{{ 'training.summary.heading' | t }}</h1>
        <table>
          <tr>
            <th>{{ 'training.summary.company' | t }}</th>
            <td>{{ ja ? v.companyNameJa : v.companyNameEn }}</td>
          </tr>
          <tr>
            <th>{{ 'training.certificate.campaign' | t }}</th>
            <td>{{ ja ? v.campaign.titleJa : v.campaign.titleEn }}</td>
          </tr>
          <tr>
            <th>{{ 'training.summary.period' | t }}</th>
            <td>{{ date(v.campaign.windowStart) }} – {{ date(v.campaign.windowEnd) }}</td>
          </tr>
          <tr>
            <th>{{ 'training.summary.dueOn' | t }}</th>
            <td>{{ date(v.campaign.dueOn) }}</td>
          </tr>
          <tr>
            <th>{{ 'training.summary.course' | t }}</th>
            <td>
              {{
                'training.summary.courseWithVersion'
                  | t
                    : {
                        title: ja ? v.campaign.courseTitleJa : v.campaign.courseTitleEn,
                        version: ('training.courses.version' | t: { n: v.courseVersionNo }),
                      }
              }}
            </td>
          </tr>
          <tr>
            <th>{{ 'training.summary.topics' | t }}</th>
            <td>
              @for (t of v.topics; track t) {
                <div>{{ i18n.bullet() }}{{ k('training.topics.' + t) | t }}</div>
              }
            </td>
          </tr>
          <tr>
            <th>{{ 'training.summary.test' | t }}</th>
            <td>
              {{ 'training.summary.testValue' | t: { n: v.questionCount, mark: v.passMark, avg: v.averageScore } }}
            </td>
          </tr>
          <tr>
            <th>{{ 'training.summary.makeUps' | t }}</th>
            <td>{{ v.makeUps }}</td>
          </tr>
        </table>
        <h2>{{ 'training.summary.results' | t }}</h2>
        <table>
          <tr>
            <th></th>
            <th>{{ 'training.dashboard.total' | t }}</th>
            <th>{{ 'training.dashboard.passed' | t }}</th>
            <th>{{ 'training.dashboard.overdue' | t }}</th>
            <th>{{ 'training.campaigns.rate' | t }}</th>
          </tr>
          <tr>
            <th>{{ 'training.dashboard.overall' | t }}</th>
            <td>{{ v.progress.overall.total }}</td>
            <td>{{ v.progress.overall.passed }}</td>
            <td>{{ v.progress.overall.overdue }}</td>
            <td>{{ v.progress.overall.rate }}%</td>
          </tr>
          @for (d of v.progress.byDepartment; track d.key) {
            <tr>
              <td>{{ d.label ?? ('training.dashboard.noDepartment' | t) }}</td>
              <td>{{ d.total }}</td>
              <td>{{ d.passed }}</td>
              <td>{{ d.overdue }}</td>
              <td>{{ d.rate }}%</td>
            </tr>
          }
        </table>
        <p>
          <small>{{ 'training.summary.generatedAt' | t }}: {{ when(v.generatedAt) }}</small>
        </p>
      </div>
      <p class="no-print">
        <button mat-stroked-button type="button" (click)="print()">{{ 'training.summary.print' | t }}</button>
      </p>
    }
  `,
})
export class SummaryPage {
  readonly id = input.required<string>();
  private readonly data = inject(TrainingData);
  protected readonly i18n = inject(I18nService);
  protected readonly k = (key: string) => key as TranslationKey;
  protected readonly s = rxResource({ params: () => this.id(), stream: ({ params }) => this.data.summary(params) });
  protected date(d: string) {
    return formatDate(d, this.i18n.lang());
  }
  protected when(at: string) {
    return formatDateTime(at, this.i18n.lang());
  }
  protected print() {
    window.print();
  }
}
