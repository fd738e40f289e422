import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import { CompanyContext } from '../../core/auth';
import { ApiProblem, fieldErrorKey, problemMessageKey } from '../../core/errors';
import { I18nService, type TranslationKey, ParenPipe, TranslatePipe } from '../../core/i18n';
import { Attachments } from '../../shared/ui/attachments';
import { blocks, Course, CreateCourse, TrainingData } from './training.data';

const TOPICS = ['policy', 'importance', 'roles', 'consequences'] as const;

const option = (o?: { id?: string; textJa: string; textEn: string; correct: boolean }) =>
  new FormGroup({
    id: new FormControl<string | null>(o?.id ?? null),
    textJa: new FormControl(o?.textJa ?? '', { nonNullable: true, validators: Validators.required }),
    textEn: new FormControl(o?.textEn ?? '', { nonNullable: true, validators: Validators.required }),
    correct: new FormControl(o?.correct ?? false, { nonNullable: true }),
  });
const question = (q?: Course['questions'][number]) =>
  new FormGroup({
    id: new FormControl<string | null>(q?.id ?? null),
    kind: new FormControl<'single' | 'multiple'>(q?.kind ?? 'single', { nonNullable: true }),
    textJa: new FormControl(q?.textJa ?? '', { nonNullable: true, validators: Validators.required }),
    textEn: new FormControl(q?.textEn ?? '', { nonNullable: true, validators: Validators.required }),
    options: new FormArray((q?.options ?? [undefined, undefined]).map((o) => option(o))),
  });

/** The course editor, with a preview of what staff will see (in the current language). */
@Component({
  selector: 'app-course-editor-page',
  imports: [
    Attachments,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    ParenPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    form {
      display: flex;
      flex-direction: column;
      max-width: 860px;
    }
    .row {
      display: flex;
      gap: 12px;
      flex-wrap: wrap;
    }
    .row > * {
      flex: 1 1 280px;
    }
    fieldset {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      margin: 8px 0;
      padding: 12px;
    }
    .preview {
      border: 1px dashed var(--mat-sys-outline);
      border-radius: 12px;
      padding: 12px 16px;
      margin: 16px 0;
      max-width: 860px;
    }
    .actions {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
      margin: 16px 0;
    }
    .problem {
      color: #8c1d18;
    }
    .files {
      display: block;
      margin-top: 24px;
      max-width: 860px;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.875rem;
    }
  `,
  template: `
    <h1>{{ (id() ? 'training.editor.titleEdit' : 'training.editor.titleNew') | t }}</h1>
    @if (course(); as c) {
      @if (c.status === 'published') {
        <p>
          {{ 'training.courses.version' | t: { n: c.publishedVersion } }} — {{ 'training.editor.publishedNote' | t }}
        </p>
      }
    }
    @if (problem()) {
      <p class="problem" role="alert">{{ problem() }}</p>
    }
    <form [formGroup]="form" (ngSubmit)="save()">
      <div class="row">
        <mat-form-field
          ><mat-label>{{ 'training.editor.titleJa' | t }}</mat-label
          ><input matInput formControlName="titleJa" name="titleJa"
        /></mat-form-field>
        <mat-form-field
          ><mat-label>{{ 'training.editor.titleEn' | t }}</mat-label
          ><input matInput formControlName="titleEn" name="titleEn"
        /></mat-form-field>
      </div>
      <p class="help">{{ 'training.editor.bodyHelp' | t }}</p>
      <mat-form-field
        ><mat-label>{{ 'training.editor.bodyJa' | t }}</mat-label
        ><textarea matInput rows="6" formControlName="bodyJa" name="bodyJa"></textarea>
      </mat-form-field>
      <mat-form-field
        ><mat-label>{{ 'training.editor.bodyEn' | t }}</mat-label
        ><textarea matInput rows="6" formControlName="bodyEn" name="bodyEn"></textarea>
      </mat-form-field>
      <mat-form-field
        ><mat-label>{{ 'training.editor.videoUrls' | t }}</mat-label
        ><textarea matInput rows="2" formControlName="videoUrls" name="videoUrls"></textarea>
      </mat-form-field>
      <fieldset>
        <legend>{{ 'training.editor.topics' | t }}</legend>
        @for (t of topics; track t) {
          <mat-checkbox
            [checked]="form.controls.topics.value.includes(t)"
            (change)="toggleTopic(t, $event.checked)"
            [attr.data-topic]="t"
            >{{ k('training.topics.' + t) | t }}</mat-checkbox
          >
        }
        <div>
          <mat-checkbox formControlName="annual" name="annual">{{ 'training.editor.annual' | t }}</mat-checkbox>
        </div>
      </fieldset>
      <mat-form-field
        ><mat-label>{{ 'training.editor.passMark' | t }}</mat-label
        ><input matInput type="number" formControlName="passMark" name="passMark"
      /></mat-form-field>
      <h2>{{ 'training.editor.questions' | t }}</h2>
      @for (q of questions.controls; track $index; let i = $index) {
        <fieldset [formGroup]="q" [attr.data-question-index]="i">
          <legend>{{ 'training.editor.question' | t: { n: i + 1 } }}</legend>
          <mat-form-field
            ><mat-label
              >{{ 'training.questionKind.single' | t }} / {{ 'training.questionKind.multiple' | t }}</mat-label
            >
            <mat-select formControlName="kind">
              <mat-option value="single">{{ 'training.questionKind.single' | t }}</mat-option>
              <mat-option value="multiple">{{ 'training.questionKind.multiple' | t }}</mat-option>
            </mat-select>
          </mat-form-field>
          <div class="row">
            <mat-form-field
              ><mat-label>{{ 'training.editor.textJa' | t }}</mat-label
              ><input matInput formControlName="textJa"
            /></mat-form-field>
            <mat-form-field
              ><mat-label>{{ 'training.editor.textEn' | t }}</mat-label
              ><input matInput formControlName="textEn"
            /></mat-form-field>
          </div>
          @for (o of q.controls.options.controls; track $index; let j = $index) {
            <div class="row" [formGroup]="o" [attr.data-option-index]="j">
              <mat-form-field
                ><mat-label
                  >{{ 'training.editor.option' | t }} {{ j + 1 }}{{ 'training.editor.textJa' | t | paren }}</mat-label
                ><input matInput formControlName="textJa"
              /></mat-form-field>
              <mat-form-field
                ><mat-label
                  >{{ 'training.editor.option' | t }} {{ j + 1 }}{{ 'training.editor.textEn' | t | paren }}</mat-label
                ><input matInput formControlName="textEn"
              /></mat-form-field>
              <mat-checkbox formControlName="correct">{{ 'training.editor.correct' | t }}</mat-checkbox>
            </div>
          }
          <button mat-button type="button" (click)="q.controls.options.push(newOption())">
            {{ 'training.editor.addOption' | t }}
          </button>
          <button mat-button type="button" (click)="questions.removeAt(i)">
            {{ 'training.editor.removeQuestion' | t }}
          </button>
        </fieldset>
      }
      <button mat-stroked-button type="button" class="add-question" (click)="questions.push(newQuestion())">
        {{ 'training.editor.addQuestion' | t }}
      </button>
      <div class="row">
        <mat-form-field
          ><mat-label>{{ 'training.editor.pledgeJa' | t }}</mat-label
          ><textarea matInput rows="3" formControlName="pledgeJa" name="pledgeJa"></textarea>
        </mat-form-field>
        <mat-form-field
          ><mat-label>{{ 'training.editor.pledgeEn' | t }}</mat-label
          ><textarea matInput rows="3" formControlName="pledgeEn" name="pledgeEn"></textarea>
        </mat-form-field>
      </div>
      <div class="actions">
        <button mat-flat-button type="submit" class="save">{{ 'training.editor.save' | t }}</button>
        @if (course(); as c) {
          @if (c.status === 'draft') {
            <button mat-stroked-button type="button" class="publish" (click)="publish(c)">
              {{ 'training.editor.publish' | t }}
            </button>
          }
        }
        <button mat-button type="button" (click)="showPreview.set(!showPreview())">
          {{ 'training.editor.preview' | t }}
        </button>
      </div>
    </form>
    @if (course(); as c) {
      <app-attachments
        class="files"
        data-testid="course-files"
        [url]="'/api/v1/training/courses/' + c.id + '/attachments'"
        [canUpload]="true"
        (uploaded)="fileAdded(c)"
      />
      <p class="hint">
        {{ (c.status === 'published' ? 'training.editor.filesPublished' : 'training.editor.filesDraft') | t }}
      </p>
    }
    @if (showPreview()) {
      @let ja = i18n.lang() === 'ja';
      <section class="preview" aria-label="preview">
        <h2>{{ ja ? form.controls.titleJa.value : form.controls.titleEn.value }}</h2>
        @for (b of preview(); track $index) {
          @if (b.kind === 'h') {
            <h3>{{ b.text }}</h3>
          } @else {
            <p>{{ b.kind === 'li' ? i18n.bullet() : '' }}{{ b.text }}</p>
          }
        }
        @for (q of questions.value; track $index; let i = $index) {
          <p>
            <strong>{{ i + 1 }}. {{ ja ? q.textJa : q.textEn }}</strong>
          </p>
          <ul>
            @for (o of q.options ?? []; track $index) {
              <li>{{ ja ? o.textJa : o.textEn }}</li>
            }
          </ul>
        }
        <p>{{ ja ? form.controls.pledgeJa.value : form.controls.pledgeEn.value }}</p>
      </section>
    }
  `,
})
export class CourseEditorPage {
  readonly id = input<string>();
  private readonly data = inject(TrainingData);
  private readonly router = inject(Router);
  private readonly context = inject(CompanyContext);
  protected readonly i18n = inject(I18nService);
  protected readonly k = (key: string) => key as TranslationKey;
  protected readonly topics = TOPICS;
  protected readonly course = signal<Course | null>(null);
  protected readonly problem = signal<string | null>(null);
  protected readonly showPreview = signal(false);
  protected readonly form = new FormGroup({
    titleJa: new FormControl('', { nonNullable: true, validators: Validators.required }),
    titleEn: new FormControl('', { nonNullable: true, validators: Validators.required }),
    bodyJa: new FormControl('', { nonNullable: true, validators: Validators.required }),
    bodyEn: new FormControl('', { nonNullable: true, validators: Validators.required }),
    videoUrls: new FormControl('', { nonNullable: true }),
    topics: new FormControl<string[]>([], { nonNullable: true }),
    annual: new FormControl(true, { nonNullable: true }),
    passMark: new FormControl(80, { nonNullable: true }),
    pledgeJa: new FormControl('', { nonNullable: true, validators: Validators.required }),
    pledgeEn: new FormControl('', { nonNullable: true, validators: Validators.required }),
    questions: new FormArray([question()]),
  });
  protected readonly questions = this.form.controls.questions;
  protected readonly newOption = () => option();
  protected readonly newQuestion = () => question();

  constructor() {
    effect(() => {
      const id = this.id();
      if (id && id !== 'new') this.data.course(id).subscribe((c) => this.load(c));
    });
  }

  protected preview() {
    return blocks(this.i18n.lang() === 'ja' ? this.form.controls.bodyJa.value : this.form.controls.bodyEn.value);
  }

  private load(c: Course) {
    this.course.set(c);
    this.form.patchValue({ ...c, videoUrls: c.videoUrls.join('\n') });
    this.questions.clear();
    for (const q of c.questions) this.questions.push(question(q));
  }

  protected toggleTopic(t: string, on: boolean) {
    const set = new Set(this.form.controls.topics.value);
    if (on) set.add(t);
    else set.delete(t);
    this.form.controls.topics.setValue(TOPICS.filter((x) => set.has(x)));
  }

  private body(): CreateCourse {
    const v = this.form.getRawValue();
    return {
      companyId: this.context.companyId() ?? '',
      titleJa: v.titleJa,
      titleEn: v.titleEn,
      bodyJa: v.bodyJa,
      bodyEn: v.bodyEn,
      videoUrls: v.videoUrls.split(/\s+/).filter(Boolean),
      topics: v.topics as CreateCourse['topics'],
      annual: v.annual,
      passMark: Number(v.passMark),
      pledgeJa: v.pledgeJa,
      pledgeEn: v.pledgeEn,
      questions: v.questions.map((q) => ({
        ...(q.id ? { id: q.id } : {}),
        kind: q.kind,
        textJa: q.textJa,
        textEn: q.textEn,
        options: q.options.map((o) => ({
          ...(o.id ? { id: o.id } : {}),
          textJa: o.textJa,
          textEn: o.textEn,
          correct: o.correct,
        })),
      })),
    };
  }

  /** In the reader's language: each field's error when the server named fields, else the problem's own message. */
  private fail = (problem: ApiProblem) => {
    this.problem.set(
      problem.errors.length
        ? problem.errors.map((x) => this.i18n.t(fieldErrorKey(x.code))).join(' ')
        : this.i18n.t(problemMessageKey(problem)),
    );
  };

  protected save() {
    this.problem.set(null);
    const c = this.course();
    const request = c ? this.data.updateCourse(c.id, c.version, this.body()) : this.data.createCourse(this.body());
    request.subscribe({
      next: (saved) => {
        this.load(saved);
        if (!c) void this.router.navigate(['/training/courses', saved.id], { replaceUrl: true });
      },
      error: this.fail,
    });
  }

  /**
   * A file is part of the content: on a published course it was published as the next version, so the
   * course's version moves on. Only the version is taken over, not the form, which may hold unsaved edits.
   */
  protected fileAdded(c: Course) {
    if (c.status !== 'published') return;
    this.data.course(c.id).subscribe((fresh) => this.course.set(fresh));
  }

  protected publish(c: Course) {
    this.data.publish(c.id, c.version).subscribe({ next: (p) => this.load(p), error: this.fail });
  }
}
