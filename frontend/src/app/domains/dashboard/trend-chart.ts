import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe, type TranslationKey } from '../../core/i18n';
import type { DashboardTrend } from './dashboard.data';

const W = 560;
const H = 180;
const PAD = { top: 12, right: 8, bottom: 28, left: 28 };
const COLOURS = ['#1f5fa8', '#2e7d4f', '#b26a00', '#7b1fa2'];

/** A grouped bar chart in plain SVG (no chart library): one group per month, one bar per series. */
@Component({
  selector: 'app-trend-chart',
  imports: [RouterLink, TranslatePipe],
  template: `
    <figure class="chart">
      <figcaption>
        <a [routerLink]="trend().route" [queryParams]="trend().query">{{ titleKey() | t }}</a>
      </figcaption>
      <svg [attr.viewBox]="'0 0 ' + w + ' ' + h" role="img" [attr.aria-label]="titleKey() | t">
        @for (tick of ticks(); track tick.value) {
          <line [attr.x1]="pad.left" [attr.x2]="w - pad.right" [attr.y1]="tick.y" [attr.y2]="tick.y" class="grid" />
          <text [attr.x]="pad.left - 4" [attr.y]="tick.y + 3" text-anchor="end" class="axis">{{ tick.value }}</text>
        }
        @for (bar of bars(); track bar.key) {
          <rect
            [attr.x]="bar.x"
            [attr.y]="bar.y"
            [attr.width]="bar.width"
            [attr.height]="bar.height"
            [attr.fill]="bar.colour"
          >
            <title>{{ bar.month }} {{ seriesKey(bar.series) | t }}: {{ bar.value }}</title>
          </rect>
        }
        @for (label of labels(); track label.month) {
          <text [attr.x]="label.x" [attr.y]="h - 10" text-anchor="middle" class="axis">{{ label.text }}</text>
        }
      </svg>
      <ul class="legend">
        @for (s of trend().series; track s; let i = $index) {
          <li>
            <span class="swatch" [style.background]="colours[i]"></span>{{ seriesKey(s) | t }}:
            <strong>{{ totals()[i] }}</strong>
          </li>
        }
      </ul>
    </figure>
  `,
  styles: `
    .chart {
      margin: 0;
    }
    figcaption {
      font: var(--mat-sys-title-small);
      margin-bottom: 4px;
    }
    svg {
      width: 100%;
      height: auto;
      max-width: 640px;
    }
    .grid {
      stroke: #e0e0e0;
    }
    .axis {
      font-size: 10px;
      fill: #555;
    }
    .legend {
      display: flex;
      gap: 16px;
      list-style: none;
      padding: 0;
      margin: 4px 0 0;
    }
    .swatch {
      display: inline-block;
      width: 10px;
      height: 10px;
      margin-inline-end: 4px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrendChart {
  readonly trend = input.required<DashboardTrend>();
  protected readonly w = W;
  protected readonly h = H;
  protected readonly pad = PAD;
  protected readonly colours = COLOURS;

  protected readonly titleKey = computed(
    () => `dashboard.trend.${this.trend().key.replace('.', '_')}` as TranslationKey,
  );
  protected seriesKey(s: string): TranslationKey {
    return `dashboard.trend.series.${s}` as TranslationKey;
  }

  private readonly max = computed(() => Math.max(1, ...this.trend().points.flatMap((p) => p.values)));
  protected readonly totals = computed(() =>
    this.trend().series.map((_, i) => this.trend().points.reduce((n, p) => n + (p.values[i] ?? 0), 0)),
  );
  protected readonly ticks = computed(() => {
    const max = this.max();
    const step = Math.max(1, Math.ceil(max / 4));
    const plot = H - PAD.top - PAD.bottom;
    const out = [];
    for (let v = 0; v <= max; v += step) out.push({ value: v, y: H - PAD.bottom - (v / max) * plot });
    return out;
  });
  protected readonly bars = computed(() => {
    const t = this.trend();
    const plot = H - PAD.top - PAD.bottom;
    const groupW = (W - PAD.left - PAD.right) / Math.max(1, t.points.length);
    const barW = Math.max(2, (groupW - 6) / t.series.length);
    return t.points.flatMap((p, gi) =>
      t.series.map((s, si) => {
        const value = p.values[si] ?? 0;
        const height = (value / this.max()) * plot;
        return {
          key: `${p.month}-${s}`,
          month: p.month,
          series: s,
          value,
          x: PAD.left + gi * groupW + 3 + si * barW,
          y: H - PAD.bottom - height,
          width: barW - 1,
          height,
          colour: COLOURS[si % COLOURS.length],
        };
      }),
    );
  });
  protected readonly labels = computed(() => {
    const t = this.trend();
    const groupW = (W - PAD.left - PAD.right) / Math.max(1, t.points.length);
    return t.points.map((p, i) => ({ month: p.month, text: p.month.slice(5), x: PAD.left + i * groupW + groupW / 2 }));
  });
}
