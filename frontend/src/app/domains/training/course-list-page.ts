import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { CompanyContext } from '../../core/auth';
import { I18nService, type TranslationKey, TranslatePipe } from '../../core/i18n';
import { TrainingData } from './training.data';

/** The company's training courses. */
@Component({
  selector: 'app-course-list-page',
  imports: [MatButtonModule, MatTableModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'training.courses.title' | t }}</h1>
    <p>
      <a mat-flat-button routerLink="/training/courses/new">{{ 'training.courses.new' | t }}</a>
    </p>
    @if (courses.hasValue()) {
      @if (courses.value().items.length === 0) {
        <p>{{ 'training.courses.empty' | t }}</p>
      } @else {
        <table mat-table [dataSource]="courses.value().items">
          <ng-container matColumnDef="title">
            <th mat-header-cell *matHeaderCellDef>{{ 'training.courses.name' | t }}</th>
            <td mat-cell *matCellDef="let c">
              <a [routerLink]="['/training/courses', c.id]" (click)="$event.stopPropagation()">{{
                i18n.lang() === 'ja' ? c.titleJa : c.titleEn
              }}</a>
            </td>
          </ng-container>
          <ng-container matColumnDef="status">
            <th mat-header-cell *matHeaderCellDef>{{ 'training.courses.state' | t }}</th>
            <td mat-cell *matCellDef="let c">
              {{ k('training.courses.status.' + c.status) | t }}
              @if (c.publishedVersion) {
                {{ i18n.separator() }}{{ 'training.courses.version' | t: { n: c.publishedVersion } }}
              }
              @if (c.annual) {
                {{ i18n.separator() }}{{ 'training.courses.annual' | t }}
              }
            </td>
          </ng-container>
          <ng-container matColumnDef="questions">
            <th mat-header-cell *matHeaderCellDef>{{ 'training.editor.questions' | t }}</th>
            <td mat-cell *matCellDef="let c">{{ 'training.courses.questions' | t: { n: c.questionCount } }}</td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns" class="clickable" (click)="open(row.id)"></tr>
        </table>
      }
    }
  `,
})
export class CourseListPage {
  private readonly data = inject(TrainingData);
  private readonly router = inject(Router);
  private readonly context = inject(CompanyContext);
  protected readonly i18n = inject(I18nService);
  protected readonly k = (key: string) => key as TranslationKey;
  protected readonly columns = ['title', 'status', 'questions'];
  protected readonly courses = rxResource({
    params: () => this.context.companyId() ?? undefined,
    stream: ({ params }) => this.data.courses(params),
  });
  protected open(id: string) {
    void this.router.navigate(['/training/courses', id]);
  }
}
