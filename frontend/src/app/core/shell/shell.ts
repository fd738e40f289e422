import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleChange, MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { filter, map } from 'rxjs';
import { I18nService, LANGS, TranslatePipe, isLang } from '../i18n';
import { LoadingBar } from '../loading/loading-bar';
import { NAV_ITEMS, navSections } from './nav-items';

/** Below this width the side navigation becomes a drawer behind a menu button. */
export const COMPACT_QUERY = '(max-width: 959.98px)';

/** The app's frame: top bar, side navigation grouped by PDCA, loading indicator, and the page. */
@Component({
  selector: 'app-shell',
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatIconModule,
    MatSidenavModule,
    MatToolbarModule,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    LoadingBar,
    TranslatePipe,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18nService);
  protected readonly langOptions = LANGS.map((lang) => ({ lang, labelKey: `lang.${lang}` as const }));
  protected readonly sections = navSections(inject(NAV_ITEMS));
  protected readonly compact = toSignal(
    inject(BreakpointObserver)
      .observe(COMPACT_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly drawerOpen = signal(false);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  constructor() {
    let first = true;
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => {
        this.drawerOpen.set(false);
        // After an in-app navigation, start reading and tabbing at the new page, not at the link.
        if (!first) this.main().nativeElement.focus({ preventScroll: true });
        first = false;
      });
  }

  protected setLang(change: MatButtonToggleChange): void {
    if (isLang(change.value)) this.i18n.use(change.value);
  }

  protected toggleDrawer(): void {
    this.drawerOpen.update((open) => !open);
  }

  protected onDrawerOpenedChange(open: boolean): void {
    if (this.compact()) this.drawerOpen.set(open);
  }

  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }
}
