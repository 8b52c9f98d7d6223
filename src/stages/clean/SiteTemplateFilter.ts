// Lines the runner found repeated across many articles of the same site (menus, footers,
// prompts) are template, whatever they look like. Only with the option `siteTemplates`,
// since it makes one article's output depend on the rest of the run.
import { templateKey } from '../../pipeline/siteTemplates.ts';
import { mark, open, type CleanContext } from './Context.ts';

export function applySiteTemplates(ctx: CleanContext): void {
  const lines = ctx.record.data.siteLines as string[] | undefined;
  if (!ctx.options.siteTemplates || !lines?.length) return;
  const set = new Set(lines);
  for (const line of ctx.lines) {
    if (!open(line)) continue;
    if (set.has(templateKey(ctx.original.slice(line.start, line.end)))) mark(line, 'boilerplate', 'SiteTemplateFilter');
  }
}
