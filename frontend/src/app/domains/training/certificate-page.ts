import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { I18nService, ParenPipe, TranslatePipe, formatDateTime } from '../../core/i18n';
import { TrainingData } from './training.data';

/** The attestation as a printable certificate. Records are never edited. */
@Component({
  selector: 'app-certificate-page',
  imports: [MatButtonModule, ParenPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .sheet {
      max-width: 720px;
      border: 2px solid var(--mat-sys-primary);
      border-radius: 8px;
      padding: 24px;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 8px 16px;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
      white-space: pre-wrap;
    }
    @media print {
      .no-print {
        display: none;
      }
      .sheet {
        border-color: #000;
      }
    }
  `,
  template: `
    @if (a.hasValue()) {
      @let c = a.value();
      @let ja = i18n.lang() === 'ja';
      <div class="sheet">
        <h1>{{ 'training.certificate.heading' | t }}</h1>
        <dl>
          <dt>{{ 'training.certificate.person' | t }}</dt>
          <dd>{{ c.familyName }} {{ c.givenName }}</dd>
          <dt>{{ 'training.certificate.employeeNumber' | t }}</dt>
          <dd>{{ c.employeeNumber }}</dd>
          <dt>{{ 'training.certificate.company' | t }}</dt>
          <dd>{{ ja ? c.companyNameJa : c.companyNameEn }}</dd>
          <dt>{{ 'training.certificate.campaign' | t }}</dt>
          <dd>{{ ja ? c.campaignTitleJa : c.campaignTitleEn }}</dd>
          <dt>{{ 'training.certificate.course' | t }}</dt>
          <dd>
            {{ ja ? c.courseTitleJa : c.courseTitleEn
            }}{{ 'training.courses.version' | t: { n: c.courseVersionNo } | paren }}
          </dd>
          <dt>{{ 'training.certificate.score' | t }}</dt>
          <dd>{{ c.score }} / 100{{ 'training.certificate.passMark' | t: { n: c.passMark } | paren }}</dd>
          <dt>{{ 'training.certificate.submittedAt' | t }}</dt>
          <dd>{{ when(c.submittedAt) }}</dd>
          <dt>{{ 'training.certificate.pledge' | t }}</dt>
          <dd>{{ c.pledgeText }}</dd>
          @if (c.ip) {
            <dt>{{ 'training.certificate.ip' | t }}</dt>
            <dd>{{ c.ip }}</dd>
          }
        </dl>
        <p>
          <small>{{ 'training.certificate.immutable' | t }}</small>
        </p>
      </div>
      <p class="no-print">
        <button mat-stroked-button type="button" (click)="print()">{{ 'training.certificate.print' | t }}</button>
      </p>
    }
  `,
})
export class CertificatePage {
  readonly id = input.required<string>();
  private readonly data = inject(TrainingData);
  protected readonly i18n = inject(I18nService);
  protected readonly a = rxResource({ params: () => this.id(), stream: ({ params }) => this.data.attestation(params) });
  protected when(at: string) {
    return formatDateTime(at, this.i18n.lang());
  }
  protected print() {
    window.print();
  }
}
