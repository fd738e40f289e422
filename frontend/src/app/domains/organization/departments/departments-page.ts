import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, afterRenderEffect, computed, inject, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTree, MatTreeModule } from '@angular/material/tree';
import { firstValueFrom, of } from 'rxjs';
import { AuthService, CompanyContext } from '../../../core/auth';
import { I18nService, TranslatePipe, type TranslationKey } from '../../../core/i18n';
import { confirmAction } from '../../../shared/ui/confirm-dialog';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadError } from '../../../shared/ui/load-error';
import { SkeletonRows } from '../../../shared/ui/skeleton-rows';
import { DepartmentDialog, type DepartmentDialogData } from './department-dialog';
import {
  DepartmentsData,
  flattenTree,
  subtreeIds,
  type Department,
  type DepartmentNode,
  type DepartmentOption,
} from './departments.data';

/** The company's organisation chart: add, rename, move and delete departments. */
@Component({
  selector: 'app-departments-page',
  imports: [
    EmptyState,
    LoadError,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    MatTreeModule,
    NgTemplateOutlet,
    SkeletonRows,
    TranslatePipe,
  ],
  templateUrl: './departments-page.html',
  styleUrl: './departments-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DepartmentsPage {
  private readonly data = inject(DepartmentsData);
  private readonly auth = inject(AuthService);
  private readonly context = inject(CompanyContext);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  protected readonly companyId = this.context.companyId;
  protected readonly companyName = computed(() => {
    const company = this.context.company();
    return company ? (this.i18n.lang() === 'en' ? company.nameEn : company.nameJa) : '';
  });
  protected readonly tree = rxResource({
    params: () => this.companyId(),
    stream: ({ params }) => (params ? this.data.tree(params) : of({ items: [], total: 0 })),
  });
  protected readonly nodes = computed(() => (this.tree.hasValue() ? this.tree.value().items : []));
  protected readonly options = computed(() => flattenTree(this.nodes()));
  private readonly can = (action: 'create' | 'update' | 'delete') =>
    computed(() => this.auth.can({ resource: 'department', action }, this.companyId() ?? undefined));
  protected readonly canCreate = this.can('create');
  protected readonly canUpdate = this.can('update');
  protected readonly canDelete = this.can('delete');
  protected readonly canAct = computed(() => this.canCreate() || this.canUpdate() || this.canDelete());

  protected readonly childrenOf = (node: DepartmentNode) => node.children;
  protected readonly keyOf = (node: DepartmentNode) => node.id;
  protected readonly hasChildren = (_: number, node: DepartmentNode) => node.children.length > 0;

  private readonly matTree = viewChild<MatTree<DepartmentNode, string>>(MatTree);

  constructor() {
    // Open the whole chart whenever it (re)loads: organisations are small enough to read at once.
    afterRenderEffect(() => {
      if (this.nodes().length) this.matTree()?.expandAll();
    });
  }

  protected isExpanded(node: DepartmentNode): boolean {
    return this.matTree()?.isExpanded(node) ?? false;
  }

  protected matTreeToggleLabel(node: DepartmentNode): TranslationKey {
    return this.isExpanded(node) ? 'departments.collapse' : 'departments.expand';
  }

  protected add(parent: DepartmentNode | null): void {
    const companyId = this.companyId();
    if (!companyId) return;
    const option = parent ? (this.options().find((o) => o.id === parent.id) ?? null) : null;
    void this.open({ mode: 'create', companyId, parent: option }, 'departments.created');
  }

  protected edit(node: DepartmentNode): void {
    const companyId = this.companyId();
    if (companyId) void this.open({ mode: 'edit', companyId, department: node }, 'departments.saved');
  }

  protected move(node: DepartmentNode): void {
    const companyId = this.companyId();
    if (!companyId) return;
    const excluded = subtreeIds(this.nodes(), node.id);
    const targets: DepartmentOption[] = this.options().filter((o) => !excluded.has(o.id));
    void this.open({ mode: 'move', companyId, department: node, targets }, 'departments.moved');
  }

  protected async remove(node: DepartmentNode): Promise<void> {
    const companyId = this.companyId();
    if (!companyId) return;
    const confirmed = await confirmAction(this.dialog, {
      title: 'departments.deleteTitle',
      body: 'departments.deleteBody',
      confirm: 'common.delete',
      params: { name: node.name },
      danger: true,
    });
    if (!confirmed) return;
    try {
      await firstValueFrom(this.data.remove(companyId, node.id, node.version));
      this.notify('departments.deleted');
      this.tree.reload();
    } catch {
      // The snackbar says why (sub-departments or people still in it).
    }
  }

  private async open(data: DepartmentDialogData, done: TranslationKey): Promise<void> {
    const ref = this.dialog.open<DepartmentDialog, DepartmentDialogData, Department>(DepartmentDialog, {
      data,
      autoFocus: 'first-tabbable',
    });
    const saved = await firstValueFrom(ref.afterClosed());
    if (!saved) return;
    this.notify(done);
    this.tree.reload();
  }

  private notify(key: TranslationKey): void {
    this.snackBar.open(this.i18n.t(key), this.i18n.t('errors.dismiss'), { duration: 5000 });
  }
}
