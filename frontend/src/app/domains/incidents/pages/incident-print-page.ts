import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { forkJoin } from 'rxjs';
import { CompanyContext } from '../../../core/auth';
import { formatDate, formatDateTime, translate, TranslatePipe, type TranslationKey } from '../../../core/i18n';
import { LoadError } from '../../../shared/ui/load-error';
import { IncidentsData, REPORT_ITEM_KEYS, type ReportBody, type ReportStage } from '../incidents.data';

/** A report as an A4 page in Japanese (the forms are filed in Japanese), with the approval boxes. */
@Component({
  selector: 'app-incident-print-page',
  imports: [LoadError, MatButtonModule, MatIconModule, RouterLink, TranslatePipe],
  template: `
    <div class="no-print actions">
      <a mat-button [routerLink]="['/incidents', id()]">{{ 'common.backToList' | t }}</a>
      <button mat-flat-button type="button" (click)="print()">
        <mat-icon svgIcon="print" aria-hidden="true" />
        {{ 'incidents.printNow' | t }}
      </button>
    </div>
    @if (bundle.error(); as error) {
      <app-load-error [error]="error" (retry)="bundle.reload()" />
    } @else if (view(); as v) {
      <article class="sheet" lang="ja" data-testid="incident-print">
        <header class="sheet-head">
          <h1>{{ v.title }}</h1>
          <table class="approval" aria-hidden="true">
            <tr>
              <th>{{ ja('incidents.report.approval.approved') }}</th>
              <th>{{ ja('incidents.report.approval.checked') }}</th>
              <th>{{ ja('incidents.report.approval.made') }}</th>
            </tr>
            <tr>
              <td></td>
              <td></td>
              <td></td>
            </tr>
          </table>
        </header>
        <p>{{ ja('incidents.report.company') }}: {{ v.company }}</p>
        <p>{{ ja('incidents.field.title') }}: {{ v.incidentTitle }}</p>
        <p>{{ v.status }}</p>
        <dl>
          @for (item of v.items; track item.label) {
            <dt>{{ item.label }}</dt>
            <dd>{{ item.text }}</dd>
          }
        </dl>
        <footer>{{ v.printedAt }}</footer>
      </article>
    }
  `,
  styles: `
    .actions {
      display: flex;
      gap: 12px;
      margin-bottom: 16px;
    }
    .sheet {
      max-width: 180mm;
      font-size: 11pt;
      line-height: 1.7;
    }
    .sheet-head {
      display: flex;
      justify-content: space-between;
      align-items: flex-start;
      gap: 16px;
    }
    h1 {
      font-size: 16pt;
      margin: 0 0 12px;
    }
    .approval {
      border-collapse: collapse;
      th,
      td {
        border: 1px solid #000;
        width: 18mm;
        text-align: center;
        font-weight: normal;
      }
      td {
        height: 16mm;
      }
    }
    dt {
      font-weight: 700;
      margin-top: 10px;
    }
    dd {
      margin: 2px 0 0 1em;
      white-space: pre-wrap;
    }
    footer {
      margin-top: 24px;
      font-size: 9pt;
    }
    @media print {
      .no-print {
        display: none;
      }
      @page {
        size: A4;
        margin: 15mm;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IncidentPrintPage {
  private readonly data = inject(IncidentsData);
  private readonly context = inject(CompanyContext);
  readonly id = input.required<string>();
  readonly body = input.required<ReportBody>();
  readonly stage = input.required<ReportStage>();

  protected readonly bundle = rxResource({
    params: () => this.id(),
    stream: ({ params }) => forkJoin({ incident: this.data.get(params), reports: this.data.reports(params) }),
  });

  protected ja(key: TranslationKey, params?: Record<string, string>): string {
    return translate('ja', key, params);
  }

  protected readonly view = computed(() => {
    if (!this.bundle.hasValue()) return null;
    const { incident, reports } = this.bundle.value();
    const report = reports.find((r) => r.body === this.body() && r.stage === this.stage());
    if (!report) return null;
    const content = report.submitted?.content ?? report.content;
    const company = this.context.companies().find((c) => c.id === incident.companyId);
    return {
      title: this.ja('incidents.report.printTitle', {
        body: this.ja(`incidents.report.${report.body}`),
        stage: this.ja(`incidents.report.${report.stage}`),
      }),
      company: company?.nameJa ?? '',
      incidentTitle: incident.title,
      status: report.submitted
        ? this.ja('incidents.report.submittedOn', {
            date: formatDateTime(report.submitted.submittedAt, 'ja'),
            name: report.submitted.submittedByName ?? '',
          })
        : this.ja('incidents.report.draft'),
      items: REPORT_ITEM_KEYS.map((key) => ({ label: this.ja(`incidents.report.items.${key}`), text: content[key] })),
      printedAt: this.ja('incidents.report.printedAt', { date: formatDate(new Date(), 'ja') }),
    };
  });

  protected print(): void {
    window.print();
  }
}
