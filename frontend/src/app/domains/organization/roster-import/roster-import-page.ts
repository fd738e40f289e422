import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { AuthService, CompanyContext } from '../../../core/auth';
import { fieldErrorKey, problemMessageKey } from '../../../core/errors';
import { I18nService, TranslatePipe, type TranslationKey } from '../../../core/i18n';
import { confirmAction } from '../../../shared/ui/confirm-dialog';
import { ImportErrorTable } from './import-error-table';
import {
  REQUIRED_ROSTER_FIELDS,
  ROSTER_FIELDS,
  type RequestedEncoding,
  type RosterField,
  type RosterMode,
} from './roster-import.data';
import {
  ERROR_PAGE_SIZE,
  RosterImportWizard,
  WIZARD_STEPS,
  problemLine,
  type WizardStep,
} from './roster-import.wizard';

const IMPORT_PERMISSION = { resource: 'roster_import', action: 'create' } as const;

/** One figure of the preview or the result. */
interface CountTile {
  readonly label: TranslationKey;
  readonly value: number | null;
  readonly tone?: 'ok' | 'warn' | 'error' | '';
  readonly testId?: string;
}

const STEP_KEYS: Record<WizardStep, TranslationKey> = {
  file: 'rosterImport.steps.file',
  mapping: 'rosterImport.steps.mapping',
  preview: 'rosterImport.steps.preview',
  apply: 'rosterImport.steps.apply',
};

const ENCODINGS: readonly { value: RequestedEncoding; key: TranslationKey }[] = [
  { value: 'auto', key: 'rosterImport.file.encodingAuto' },
  { value: 'utf-8', key: 'rosterImport.file.encodingUtf8' },
  { value: 'shift_jis', key: 'rosterImport.file.encodingSjis' },
];

/**
 * The roster-import wizard: 1 choose the company, the CSV file, its encoding and the mode; 2 map the
 * file's columns to the roster's fields; 3 check every row (nothing is written yet); 4 apply, with
 * progress, then the result.
 */
@Component({
  selector: 'app-roster-import-page',
  imports: [
    ImportErrorTable,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSelectModule,
    RouterLink,
    TranslatePipe,
  ],
  providers: [RosterImportWizard],
  templateUrl: './roster-import-page.html',
  styleUrl: './roster-import-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RosterImportPage {
  protected readonly wizard = inject(RosterImportWizard);
  private readonly auth = inject(AuthService);
  private readonly context = inject(CompanyContext);
  private readonly dialog = inject(MatDialog);
  protected readonly i18n = inject(I18nService);

  protected readonly steps = WIZARD_STEPS;
  protected readonly stepKeys = STEP_KEYS;
  protected readonly encodings = ENCODINGS;
  protected readonly fields = ROSTER_FIELDS;
  protected readonly errorPageSize = ERROR_PAGE_SIZE;

  /** The companies the person may import into. */
  protected readonly companies = computed(() =>
    (this.auth.me()?.companies ?? []).filter((c) => this.auth.can(IMPORT_PERMISSION, c.id)),
  );
  protected readonly companyName = computed(() => {
    const company = this.companies().find((c) => c.id === this.wizard.companyId());
    return company ? this.nameOf(company) : '';
  });

  protected readonly problemKey = computed(() => {
    const problem = this.wizard.problem();
    return problem ? problemMessageKey(problem) : null;
  });
  /** The reference is worth quoting only when the server failed, not when it refused the file. */
  protected readonly serverFault = computed(() => {
    const status = this.wizard.problem()?.status ?? 0;
    return status === 0 || status >= 500;
  });
  protected readonly problemLine = computed(() => {
    const problem = this.wizard.problem();
    return problem ? problemLine(problem) : null;
  });

  protected readonly record = this.wizard.record;
  protected readonly headers = computed(() => this.record()?.headers ?? []);
  /** For each column of the sample table, the roster field it is mapped to. */
  protected readonly fieldOfColumn = computed(() => {
    const mapping = this.wizard.mapping();
    const out = new Map<string, RosterField[]>();
    for (const field of ROSTER_FIELDS) {
      const column = mapping[field];
      if (column) out.set(column, [...(out.get(column) ?? []), field]);
    }
    return out;
  });
  protected readonly validCount = computed(() => this.record()?.validCount ?? 0);
  protected readonly leaving = computed(() => (this.record()?.mode === 'full' ? (this.record()?.toLeave ?? 0) : 0));

  /** The preview's figures (step 3). */
  protected readonly previewTiles = computed((): CountTile[] => {
    const r = this.record();
    if (!r) return [];
    return [
      { label: 'rosterImport.preview.rows', value: r.rowCount },
      { label: 'rosterImport.preview.valid', value: r.validCount, tone: 'ok', testId: 'import-valid-count' },
      {
        label: 'rosterImport.preview.errors',
        value: r.errorCount,
        tone: r.errorCount ? 'error' : '',
        testId: 'import-error-count',
      },
      { label: 'rosterImport.preview.create', value: r.toCreate },
      { label: 'rosterImport.preview.update', value: r.toUpdate },
      { label: 'rosterImport.preview.leave', value: r.toLeave, tone: r.toLeave ? 'warn' : '' },
      { label: 'rosterImport.preview.unchanged', value: r.unchanged },
    ];
  });

  /** The result's figures (step 4). */
  protected readonly resultTiles = computed((): CountTile[] => {
    const r = this.record();
    if (!r) return [];
    return [
      { label: 'rosterImport.apply.created', value: r.created, tone: 'ok', testId: 'import-created' },
      { label: 'rosterImport.apply.updated', value: r.updated, testId: 'import-updated' },
      { label: 'rosterImport.apply.left', value: r.left, tone: r.left ? 'warn' : '', testId: 'import-left' },
      {
        label: 'rosterImport.apply.errors',
        value: r.errorCount,
        tone: r.errorCount ? 'error' : '',
        testId: 'import-errors',
      },
    ];
  });

  constructor() {
    // Leaving the page before applying discards the import and the file the server keeps for it.
    inject(DestroyRef).onDestroy(() => this.wizard.discardUnapplied());
    // Start in the company chosen in the top bar when the person may import there.
    effect(() => {
      const companies = this.companies();
      const current = this.context.companyId();
      untracked(() => {
        if (this.wizard.companyId() && companies.some((c) => c.id === this.wizard.companyId())) return;
        const preferred = companies.find((c) => c.id === current) ?? companies[0];
        this.wizard.companyId.set(preferred?.id ?? null);
      });
    });
  }

  protected nameOf(company: { nameJa: string; nameEn: string }): string {
    return this.i18n.lang() === 'ja' ? company.nameJa : company.nameEn;
  }

  protected stepState(index: number): 'done' | 'current' | 'upcoming' {
    const current = this.wizard.stepIndex();
    return index < current ? 'done' : index === current ? 'current' : 'upcoming';
  }

  protected fieldKey(field: RosterField): TranslationKey {
    return `rosterImport.fields.${field}` as TranslationKey;
  }

  protected required(field: RosterField): boolean {
    return REQUIRED_ROSTER_FIELDS.includes(field);
  }

  protected hintKey(field: RosterField): TranslationKey | null {
    switch (field) {
      case 'familyName':
        return 'rosterImport.mapping.hints.familyName';
      case 'familyNameKana':
        return 'rosterImport.mapping.hints.familyNameKana';
      case 'departmentCode':
        return 'rosterImport.mapping.hints.departmentCode';
      case 'employmentType':
        return 'rosterImport.mapping.hints.employmentType';
      case 'leaveDate':
        return 'rosterImport.mapping.hints.leaveDate';
      default:
        return null;
    }
  }

  protected mappingErrorKey(field: RosterField): TranslationKey | null {
    const code = this.wizard.mappingErrors()[field];
    if (code) return code === 'REQUIRED' ? 'rosterImport.mapping.required' : fieldErrorKey(code);
    return null;
  }

  protected encodingName(encoding: string | undefined): string {
    return encoding === 'shift_jis' ? 'Shift_JIS' : 'UTF-8';
  }

  protected fileSize(bytes: number): string {
    if (bytes < 1024) return `${bytes} B`;
    if (bytes < 1024 * 1024) return `${this.i18n.formatNumber(Math.round(bytes / 102.4) / 10)} KB`;
    return `${this.i18n.formatNumber(Math.round(bytes / (1024 * 102.4)) / 10)} MB`;
  }

  protected n(value: number | null | undefined): string {
    return this.i18n.formatNumber(value ?? 0);
  }

  protected onFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.wizard.selectFile(input.files?.[0] ?? null);
  }

  protected onDrop(event: DragEvent): void {
    event.preventDefault();
    const file = event.dataTransfer?.files?.[0];
    if (file) this.wizard.selectFile(file);
  }

  protected setEncoding(value: RequestedEncoding): void {
    this.wizard.encoding.set(value);
    this.wizard.problem.set(null);
  }

  protected setMode(value: RosterMode): void {
    this.wizard.mode.set(value);
  }

  protected async apply(): Promise<void> {
    const leaving = this.leaving();
    if (leaving > 0) {
      const ok = await confirmAction(this.dialog, {
        title: 'rosterImport.preview.confirmTitle',
        body: 'rosterImport.preview.confirmBody',
        confirm: 'rosterImport.preview.confirm',
        params: { count: this.n(leaving) },
        danger: true,
      });
      if (!ok) return;
    }
    await this.wizard.apply();
  }
}
