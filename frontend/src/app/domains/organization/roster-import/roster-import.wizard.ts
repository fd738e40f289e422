import { DestroyRef, Injectable, InjectionToken, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { exhaustMap, firstValueFrom, takeWhile, timer, type Subscription } from 'rxjs';
import { ApiProblem, type FieldError } from '../../../core/errors';
import {
  MAX_ROSTER_BYTES,
  REQUIRED_ROSTER_FIELDS,
  ROSTER_FIELDS,
  RosterImportData,
  type RequestedEncoding,
  type RosterField,
  type RosterImport,
  type RosterMapping,
  type RosterMode,
  type RosterRowErrorPage,
} from './roster-import.data';

/** 0 ファイル選択 → 1 列の対応付け → 2 確認 → 3 取り込み. */
export const WIZARD_STEPS = ['file', 'mapping', 'preview', 'apply'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** How often the apply step asks for progress (ms). */
export const IMPORT_POLL_MS = new InjectionToken<number>('IMPORT_POLL_MS', { providedIn: 'root', factory: () => 700 });

export const ERROR_PAGE_SIZE = 20;

export type Mapping = Partial<Record<RosterField, string>>;

/** What went wrong in the current step: the server's problem, or a check made before sending. */
export type WizardProblem = ApiProblem;

function problemOf(error: unknown): ApiProblem {
  return error instanceof ApiProblem ? error : new ApiProblem({ status: 0, code: 'UNKNOWN' });
}

/**
 * The state of the roster-import wizard, one per page: the chosen company, file, encoding and mode,
 * the import as the server last described it, the mapping being edited, the page of row errors, and
 * the progress of the apply step. Every step's work is one method; the page only binds to signals.
 */
@Injectable()
export class RosterImportWizard {
  private readonly data = inject(RosterImportData);
  private readonly pollMs = inject(IMPORT_POLL_MS);
  private readonly destroyRef = inject(DestroyRef);
  private polling?: Subscription;

  readonly step = signal<WizardStep>('file');
  readonly stepIndex = computed(() => WIZARD_STEPS.indexOf(this.step()));

  readonly companyId = signal<string | null>(null);
  readonly file = signal<File | null>(null);
  readonly encoding = signal<RequestedEncoding>('auto');
  readonly mode = signal<RosterMode>('partial');

  /** The import as the server last answered. */
  readonly record = signal<RosterImport | null>(null);
  readonly mapping = signal<Mapping>({});
  readonly errors = signal<RosterRowErrorPage | null>(null);
  readonly errorPageIndex = signal(0);
  readonly errorsLoading = signal(false);

  readonly busy = signal(false);
  readonly problem = signal<WizardProblem | null>(null);
  /** Server field errors of the mapping, by person field. */
  readonly mappingErrors = signal<Readonly<Partial<Record<RosterField, string>>>>({});

  readonly fileTooLarge = computed(() => (this.file()?.size ?? 0) > MAX_ROSTER_BYTES);
  readonly canUpload = computed(() => !!this.companyId() && !!this.file() && !this.fileTooLarge() && !this.busy());
  readonly missingRequired = computed(() => REQUIRED_ROSTER_FIELDS.filter((f) => !this.mapping()[f]));
  readonly canCheck = computed(() => this.missingRequired().length === 0 && !this.busy());
  readonly applying = computed(() => this.record()?.status === 'applying');
  readonly finished = computed(() => ['applied', 'failed'].includes(this.record()?.status ?? ''));
  readonly progress = computed(() => {
    const r = this.record();
    if (!r || r.total === 0) return r?.status === 'applied' ? 100 : 0;
    return Math.min(100, Math.round((r.processed / r.total) * 100));
  });

  selectFile(file: File | null): void {
    this.file.set(file);
    this.problem.set(null);
  }

  /** Step 1 → 2: sends the file; the server answers with its columns and a suggested mapping. */
  async upload(): Promise<void> {
    const companyId = this.companyId();
    const file = this.file();
    if (!companyId || !file || !this.canUpload()) return;
    await this.run(async () => {
      const record = await firstValueFrom(
        this.data.upload(companyId, file, { encoding: this.encoding(), mode: this.mode() }),
      );
      this.discardUnapplied();
      this.record.set(record);
      this.mapping.set({ ...record.suggestedMapping });
      this.mappingErrors.set({});
      this.errors.set(null);
      this.step.set('mapping');
    });
  }

  setColumn(field: RosterField, column: string | null): void {
    this.mapping.update((m) => {
      const next = { ...m };
      if (column) next[field] = column;
      else delete next[field];
      return next;
    });
    this.mappingErrors.update((e) => {
      const next = { ...e };
      delete next[field];
      return next;
    });
  }

  /** Step 2 → 3: the server checks every row against the mapping; nothing is written yet. */
  async check(): Promise<void> {
    const record = this.record();
    if (!record || !this.canCheck()) return;
    const mapping = Object.fromEntries(
      ROSTER_FIELDS.filter((f) => this.mapping()[f]).map((f) => [f, this.mapping()[f]]),
    );
    await this.run(
      async () => {
        const { errors, ...preview } = await firstValueFrom(
          this.data.map(record.id, mapping as RosterMapping, this.mode()),
        );
        this.record.set(preview);
        this.errors.set(errors);
        this.errorPageIndex.set(0);
        this.step.set('preview');
      },
      (problem) => this.mappingErrors.set(mappingFieldErrors(problem.errors)),
    );
  }

  async loadErrors(pageIndex: number): Promise<void> {
    const record = this.record();
    if (!record) return;
    this.errorsLoading.set(true);
    try {
      this.errors.set(await firstValueFrom(this.data.errors(record.id, pageIndex * ERROR_PAGE_SIZE, ERROR_PAGE_SIZE)));
      this.errorPageIndex.set(pageIndex);
    } catch (error) {
      this.problem.set(problemOf(error));
    } finally {
      this.errorsLoading.set(false);
    }
  }

  /** Step 3 → 4: starts applying and follows the progress until the import has finished. */
  async apply(): Promise<void> {
    const record = this.record();
    if (!record || this.busy()) return;
    await this.run(async () => {
      this.record.set(await firstValueFrom(this.data.apply(record.id, record.version)));
      this.step.set('apply');
      this.follow(record.id);
    });
  }

  /** Back one step (the file step keeps the chosen file; the mapping keeps what was chosen). */
  back(): void {
    this.problem.set(null);
    if (this.step() === 'mapping') this.step.set('file');
    else if (this.step() === 'preview') this.step.set('mapping');
  }

  /**
   * Starts again with another file. An import left unapplied is discarded, so the server does not keep
   * the file it was given.
   */
  restart(): void {
    this.polling?.unsubscribe();
    this.discardUnapplied();
    this.file.set(null);
    this.record.set(null);
    this.mapping.set({});
    this.mappingErrors.set({});
    this.errors.set(null);
    this.problem.set(null);
    this.step.set('file');
  }

  /** Discards the current import unless it was applied (best effort: a leftover is harmless). */
  discardUnapplied(): void {
    const record = this.record();
    if (!record || record.status === 'applied' || record.status === 'applying') return;
    this.data.discard(record.id, record.version).subscribe({ error: () => undefined });
  }

  private follow(id: string): void {
    this.polling?.unsubscribe();
    this.polling = timer(this.pollMs, this.pollMs)
      .pipe(
        // A slow answer is waited for; ticks meanwhile are skipped, never stacked.
        exhaustMap(() => this.data.get(id, { background: true })),
        takeWhile((r) => r.status === 'applying', true),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (r) => this.record.set(r),
        error: (error: unknown) => this.problem.set(problemOf(error)),
      });
  }

  private async run(work: () => Promise<void>, onProblem?: (problem: ApiProblem) => void): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    try {
      await work();
    } catch (error) {
      const problem = problemOf(error);
      this.problem.set(problem);
      onProblem?.(problem);
    } finally {
      this.busy.set(false);
    }
  }
}

/** `mapping.employmentType` REQUIRED → { employmentType: 'REQUIRED' }. */
export function mappingFieldErrors(errors: readonly FieldError[]): Partial<Record<RosterField, string>> {
  const out: Partial<Record<RosterField, string>> = {};
  for (const e of errors) {
    const field = e.field.replace(/^mapping\./, '') as RosterField;
    if ((ROSTER_FIELDS as readonly string[]).includes(field) && !out[field]) out[field] = e.code;
  }
  return out;
}

/** The line a file problem names (the server's detail says "line N"), for the message shown in Japanese. */
export function problemLine(problem: ApiProblem): number | null {
  const match = /\bline (\d+)\b/.exec(problem.detail);
  return match ? Number(match[1]) : null;
}
