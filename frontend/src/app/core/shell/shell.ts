import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { filter, map } from 'rxjs';
import { AuthService, CompanyContext } from '../auth';
import { TranslatePipe } from '../i18n';
import { LoadingBar } from '../loading/loading-bar';
import { NotificationBell } from '../notifications/notification-bell';
import { CompanySwitcher } from './company-switcher';
import { LangSwitch } from './lang-switch';
import { NAV_ITEMS, navSections, visibleNavItems } from './nav-items';
import { FORM_FIELD_DEFAULTS } from '../../shared/ui/form-field-defaults';
import { I18nPaginatorIntl } from '../../shared/ui/paginator-intl';
import { UserMenu } from './user-menu';

/** Below this width the side navigation becomes a drawer behind a menu button. */
export const COMPACT_QUERY = '(max-width: 959.98px)';

/**
 * The app's frame for signed-in people: top bar (company switcher, language, user menu), side
 * navigation grouped by PDCA listing the pages the person's permissions open, loading indicator, page.
 */
@Component({
  selector: 'app-shell',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatSidenavModule,
    MatToolbarModule,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    LoadingBar,
    NotificationBell,
    TranslatePipe,
    CompanySwitcher,
    LangSwitch,
    UserMenu,
  ],
  // Every table's paginator speaks the current language. Provided here, in the lazily loaded shell, and
  // not in app.config: importing the paginator there put it (with select, overlay and form field) into
  // the JavaScript every first visit loads.
  providers: [FORM_FIELD_DEFAULTS, { provide: MatPaginatorIntl, useClass: I18nPaginatorIntl }],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  private readonly router = inject(Router);
  protected readonly auth = inject(AuthService);
  private readonly company = inject(CompanyContext);
  private readonly navItems = inject(NAV_ITEMS);
  protected readonly sections = computed(() => {
    const companyId = this.company.companyId() ?? undefined;
    return navSections(visibleNavItems(this.navItems, (permission) => this.auth.can(permission, companyId)));
  });
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
