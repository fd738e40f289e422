import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { configVariableNames, readRepoFile as read, ROOT } from './support';

/** README, CONTRIBUTING and docs/: the promises they make match the repository. */

function markdownFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder)).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(join(ROOT, path)).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

/** Relative link targets of a markdown file, without anchors; code blocks and inline code skipped. */
function relativeLinks(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map((m) => m[1])
    .filter((target) => !/^([a-z]+:|#)/i.test(target))
    .map((target) => decodeURI(target.split('#')[0]));
}

const IMAGES = /\.(png|jpe?g|gif|svg|webp)$/i;
const documents = ['README.md', 'CONTRIBUTING.md', ...markdownFiles('docs')];

describe('README.md', () => {
  const readme = read('README.md');

  it('gives the two commands on its first screen', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const commands = firstBlock
      .split('\n')
      .map((line) => line.replace(/#.*$/, '').trim())
      .filter(Boolean);
    expect(commands).toEqual(['npm ci && npm start', 'npm ci && npm test']);
  });

  it('shows a screenshot before the first section', () => {
    const intro = readme.split(/\n## /)[0];
    expect(intro).toMatch(/!\[[^\]]+\]\(docs\/user-guide\/images\/[a-z-]+-ja\.png\)/);
  });

  it('lists every environment variable the app reads in its configuration table', () => {
    const names = configVariableNames();
    expect(names.length).toBeGreaterThan(5);
    const rows = readme.split('\n').filter((line) => line.startsWith('| `'));
    const documented = rows.map((row) => /^\| `([A-Z0-9_]+)`/.exec(row)?.[1]).filter(Boolean);
    expect(names.filter((name) => !documented.includes(name))).toEqual([]);
  });

  it('documents only variables the app reads', () => {
    const names = new Set(configVariableNames());
    const section = readme.split(/\n## /).find((part) => part.startsWith('Configuration')) ?? '';
    const documented = section
      .split('\n')
      .map((row) => /^\| `([A-Z0-9_]+)`/.exec(row)?.[1])
      .filter((name): name is string => !!name);
    expect(documented.filter((name) => !names.has(name))).toEqual([]);
  });

  it('names only npm scripts that exist', () => {
    const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);
    const named = [...readme.matchAll(/`npm run ([a-z0-9:-]+)/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((name) => !scripts.includes(name))).toEqual([]);
  });
});

describe('documentation links', () => {
  it.each(documents)('%s links only to files that exist', (document) => {
    const missing = relativeLinks(read(document))
      .filter((target) => !IMAGES.test(target))
      .filter((target) => !existsSync(resolve(ROOT, dirname(document), target)));
    expect(missing).toEqual([]);
  });

  it.each(documents)('%s shows only images that the browser tests take and the guide publishes', (document) => {
    // The published list of test/e2e/support/publish-screenshots.mjs: `npm run docs:screenshots` refreshes them.
    const publisher = read('test/e2e/support/publish-screenshots.mjs');
    const published = new Set([...publisher.matchAll(/^ {2}'([a-z0-9-]+)',$/gm)].map((m) => m[1]));
    const images = relativeLinks(read(document))
      .filter((target) => IMAGES.test(target))
      .map((target) => relative(ROOT, resolve(ROOT, dirname(document), target)));
    expect(images.filter((image) => !existsSync(join(ROOT, image)))).toEqual([]);
    expect(
      images.filter((image) => !published.has(image.replace(/^docs\/user-guide\/images\//, '').replace(/\.png$/, ''))),
    ).toEqual([]);
  });

  it.each(documents.filter((d) => d.startsWith('docs/user-guide/en/')))(
    '%s shows the English screenshot of a screen wherever the browser tests take one',
    (document) => {
      const japanese = relativeLinks(read(document)).filter((target) => /-ja\.png$/.test(target));
      const withEnglish = japanese.filter((target) =>
        existsSync(resolve(ROOT, dirname(document), target.replace(/-ja\.png$/, '-en.png'))),
      );
      expect(withEnglish).toEqual([]);
    },
  );

  it.each(documents)('%s takes its images from docs/user-guide/images/', (document) => {
    const images = relativeLinks(read(document))
      .filter((target) => IMAGES.test(target))
      .map((target) => relative(ROOT, resolve(ROOT, dirname(document), target)));
    expect(images.filter((image) => !image.startsWith('docs/user-guide/images/'))).toEqual([]);
  });
});

describe('architecture decision records', () => {
  const files = readdirSync(join(ROOT, 'docs', 'adr')).filter((name) => /^\d{4}-.+\.md$/.test(name));
  const index = read('docs/adr/README.md');

  it('are listed in the index by number', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(index).toMatch(new RegExp(`^\\| ${file.slice(0, 4)} \\|`, 'm'));
  });

  it.each(files)('%s has Status, Context, Decision and Consequences', (file) => {
    const headings = [...read(join('docs', 'adr', file)).matchAll(/^## (.+)$/gm)].map((m) => m[1].trim());
    expect(headings).toEqual(expect.arrayContaining(['Status', 'Context', 'Decision', 'Consequences']));
  });
});

describe('user guide', () => {
  it.each(['ja', 'en'])('exists in %s with the shell screenshot', (lang) => {
    const guide = read(`docs/user-guide/${lang}/README.md`);
    expect(guide).toContain(`](../images/shell-${lang}.png)`);
  });
});
