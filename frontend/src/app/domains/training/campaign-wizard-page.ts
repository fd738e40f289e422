import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatStepperModule } from '@angular/material/stepper';
import { Router } from '@angular/router';
import { ApiClient } from '../../core/api';
import { CompanyContext } from '../../core/auth';
import { ApiProblem, fieldErrorKey, problemMessageKey } from '../../core/errors';
import { I18nService, type TranslationKey, ParenPipe, TranslatePipe } from '../../core/i18n';
import { TrainingData } from './training.data';

const EMPLOYMENT_TYPES = ['officer', 'regular', 'contract', 'part_time', 'dispatched'] as const;

interface Dept {
  id: string;
  name: string;
  children: Dept[];
}
const flatten = (nodes: Dept[]): Dept[] => nodes.flatMap((n) => [n, ...flatten(n.children ?? [])]);

/** Campaign wizard: course, audience, dates, review. Creating it assigns the whole audience at once. */
@Component({
  selector: 'app-campaign-wizard-page',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    MatStepperModule,
    ReactiveFormsModule,
    ParenPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .col {
      display: flex;
      flex-direction: column;
      gap: 12px;
      max-width: 640px;
      padding-top: 8px;
    }
    .problem {
      color: #8c1d18;
    }
  `,
  template: `
    <h1>{{ 'training.wizard.title' | t }}</h1>
    @if (problem()) {
      <p class="problem" role="alert">{{ problem() }}</p>
    }
    <mat-stepper linear #stepper [formGroup]="form">
      <ng-template matStepperIcon="edit"><mat-icon svgIcon="edit" aria-hidden="true" /></ng-template>
      <ng-template matStepperIcon="done"><mat-icon svgIcon="check" aria-hidden="true" /></ng-template>
      <mat-step [stepControl]="form.controls.courseId" [label]="'training.wizard.step1' | t">
        <div class="col">
          <mat-form-field>
            <mat-label>{{ 'training.wizard.course' | t }}</mat-label>
            <mat-select formControlName="courseId" name="courseId">
              @for (c of published(); track c.id) {
                <mat-option [value]="c.id">{{ i18n.lang() === 'ja' ? c.titleJa : c.titleEn }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field
            ><mat-label>{{ 'training.wizard.titleJa' | t }}</mat-label
            ><input matInput formControlName="titleJa" name="titleJa"
          /></mat-form-field>
          <mat-form-field
            ><mat-label>{{ 'training.wizard.titleEn' | t }}</mat-label
            ><input matInput formControlName="titleEn" name="titleEn"
          /></mat-form-field>
          <div>
            <button mat-flat-button matStepperNext type="button" class="next">{{ 'training.wizard.next' | t }}</button>
          </div>
        </div>
      </mat-step>
      <mat-step [label]="'training.wizard.step2' | t">
        <div class="col">
          <p>{{ 'training.wizard.companies' | t }}: {{ context.company()?.nameJa }}</p>
          <mat-form-field>
            <mat-label>{{ 'training.wizard.departments' | t }}</mat-label>
            <mat-select formControlName="departmentIds" multiple>
              @for (d of departments(); track d.id) {
                <mat-option [value]="d.id">{{ d.name }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'training.wizard.employmentTypes' | t }}</mat-label>
            <mat-select formControlName="employmentTypes" multiple>
              @for (e of employmentTypes; track e) {
                <mat-option [value]="e">{{ k('enums.employmentType.' + e) | t }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <div>
            <button mat-button matStepperPrevious type="button">{{ 'training.wizard.back' | t }}</button>
            <button mat-flat-button matStepperNext type="button" class="next">{{ 'training.wizard.next' | t }}</button>
          </div>
        </div>
      </mat-step>
      <mat-step [label]="'training.wizard.step3' | t">
        <div class="col">
          <mat-form-field
            ><mat-label>{{ 'training.wizard.windowStart' | t }}</mat-label
            ><input matInput [matDatepicker]="windowStartPicker" formControlName="windowStart" name="windowStart" />
            <mat-datepicker-toggle matIconSuffix [for]="windowStartPicker" />
            <mat-datepicker #windowStartPicker />
          </mat-form-field>
          <mat-form-field
            ><mat-label>{{ 'training.wizard.windowEnd' | t }}</mat-label
            ><input matInput [matDatepicker]="windowEndPicker" formControlName="windowEnd" name="windowEnd" />
            <mat-datepicker-toggle matIconSuffix [for]="windowEndPicker" />
            <mat-datepicker #windowEndPicker />
          </mat-form-field>
          <mat-form-field
            ><mat-label>{{ 'training.wizard.dueOn' | t }}</mat-label
            ><input matInput [matDatepicker]="dueOnPicker" formControlName="dueOn" name="dueOn" />
            <mat-datepicker-toggle matIconSuffix [for]="dueOnPicker" />
            <mat-datepicker #dueOnPicker />
          </mat-form-field>
          <mat-checkbox formControlName="reminders">{{ 'training.wizard.reminders' | t }}</mat-checkbox>
          <div>
            <button mat-button matStepperPrevious type="button">{{ 'training.wizard.back' | t }}</button>
            <button mat-flat-button matStepperNext type="button" class="next">{{ 'training.wizard.next' | t }}</button>
          </div>
        </div>
      </mat-step>
      <mat-step [label]="'training.wizard.step4' | t">
        <div class="col">
          <p>
            <strong>{{ form.value.titleJa }}</strong> / {{ form.value.titleEn }}
          </p>
          <p>
            {{ form.value.windowStart }} – {{ form.value.windowEnd
            }}{{ ('training.wizard.dueOn' | t) + ' ' + form.value.dueOn | paren }}
          </p>
          <div>
            <button mat-button matStepperPrevious type="button">{{ 'training.wizard.back' | t }}</button>
            <button mat-flat-button type="button" class="create" [disabled]="busy()" (click)="create()">
              {{ 'training.wizard.create' | t }}
            </button>
          </div>
        </div>
      </mat-step>
    </mat-stepper>
  `,
})
export class CampaignWizardPage {
  private readonly data = inject(TrainingData);
  private readonly api = inject(ApiClient);
  private readonly router = inject(Router);
  protected readonly context = inject(CompanyContext);
  protected readonly i18n = inject(I18nService);
  protected readonly k = (key: string) => key as TranslationKey;
  protected readonly employmentTypes = EMPLOYMENT_TYPES;
  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);
  private readonly courses = rxResource({
    params: () => this.context.companyId() ?? undefined,
    stream: ({ params }) => this.data.courses(params),
  });
  protected readonly published = computed(() =>
    this.courses.hasValue() ? this.courses.value().items.filter((c) => c.publishedVersion > 0) : [],
  );
  private readonly tree = rxResource({
    params: () => this.context.companyId() ?? '',
    stream: ({ params }) => this.api.get('/api/v1/companies/{companyId}/departments', { path: { companyId: params } }),
  });
  protected readonly departments = computed(() =>
    this.tree.hasValue() ? flatten(this.tree.value().items as unknown as Dept[]) : [],
  );
  protected readonly form = new FormGroup({
    courseId: new FormControl('', { nonNullable: true, validators: Validators.required }),
    titleJa: new FormControl('', { nonNullable: true, validators: Validators.required }),
    titleEn: new FormControl('', { nonNullable: true, validators: Validators.required }),
    departmentIds: new FormControl<string[]>([], { nonNullable: true }),
    employmentTypes: new FormControl<string[]>([], { nonNullable: true }),
    windowStart: new FormControl('', { nonNullable: true }),
    windowEnd: new FormControl('', { nonNullable: true }),
    dueOn: new FormControl('', { nonNullable: true }),
    reminders: new FormControl(true, { nonNullable: true }),
  });

  protected create() {
    const v = this.form.getRawValue();
    const companyId = this.context.companyId() ?? '';
    this.busy.set(true);
    this.problem.set(null);
    this.data
      .createCampaign({
        companyId,
        courseId: v.courseId,
        titleJa: v.titleJa,
        titleEn: v.titleEn,
        audience: {
          companyIds: [companyId],
          departmentIds: v.departmentIds,
          employmentTypes: v.employmentTypes as ('officer' | 'regular' | 'contract' | 'part_time' | 'dispatched')[],
        },
        windowStart: v.windowStart,
        windowEnd: v.windowEnd,
        dueOn: v.dueOn,
        reminders: v.reminders,
      })
      .subscribe({
        next: (c) => void this.router.navigate(['/training/campaigns', c.id]),
        error: (problem: ApiProblem) => {
          this.busy.set(false);
          // In the reader's language: each field's error when the server named fields, else the problem's.
          this.problem.set(
            problem.errors.length
              ? problem.errors.map((x) => this.i18n.t(fieldErrorKey(x.code))).join(' ')
              : this.i18n.t(problemMessageKey(problem)),
          );
        },
      });
  }
}
