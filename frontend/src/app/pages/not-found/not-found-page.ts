import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../../core/i18n';

/** Any address the app does not know: say so plainly and offer the way home. */
@Component({
  selector: 'app-not-found-page',
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="not-found" data-testid="not-found" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">{{ 'notFound.heading' | t }}</h1>
      <p>{{ 'notFound.body' | t }}</p>
      <a mat-flat-button routerLink="/" data-testid="not-found-home">
        <mat-icon svgIcon="arrowBack" aria-hidden="true" />
        {{ 'notFound.home' | t }}
      </a>
    </section>
  `,
  styles: `
    h1 {
      margin: 0 0 12px;
      font: var(--mat-sys-headline-medium);
    }
    p {
      max-width: 40em;
      margin: 0 0 24px;
    }
  `,
})
export class NotFoundPage {}
