import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { I18nService, TranslatePipe, type TranslationKey } from '../../core/i18n';
import { AdminData, Job } from './admin.data';

/** Scheduled jobs: last and next run, last error, run now. */
@Component({
  selector: 'app-jobs-page',
  imports: [MatButtonModule, MatIconModule, TranslatePipe],
  templateUrl: './jobs-page.html',
  styleUrl: './admin.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class JobsPage {
  private readonly data = inject(AdminData);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly i18n = inject(I18nService);
  protected readonly jobs = signal<Job[]>([]);
  protected readonly busy = signal<string | null>(null);
  protected readonly rows = computed(() =>
    this.jobs().map((job) => ({
      job,
      labelKey: `admin.jobs.label.${job.name.replace('.', '_')}` as TranslationKey,
      lastRun: job.lastStartedAt ? this.i18n.formatDateTime(job.lastStartedAt) : null,
      nextRun: job.nextRunAt ? this.i18n.formatDateTime(job.nextRunAt) : null,
    })),
  );

  constructor() {
    this.load();
  }

  protected load(): void {
    this.data.jobs().subscribe((list) => this.jobs.set(list.items));
  }

  protected run(job: Job, labelKey: TranslationKey): void {
    const label = this.i18n.t(labelKey);
    this.busy.set(job.name);
    this.data.runJob(job.name).subscribe({
      next: (updated) => {
        this.busy.set(null);
        this.jobs.update((list) => list.map((j) => (j.name === updated.name ? updated : j)));
        this.snackBar.open(this.i18n.t('admin.jobs.ran', { name: label }), undefined, { duration: 3000 });
      },
      error: () => this.busy.set(null),
    });
  }
}
